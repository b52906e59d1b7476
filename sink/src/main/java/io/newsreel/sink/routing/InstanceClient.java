package io.newsreel.sink.routing;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Sends GET requests to other sink instances, one at a time or to several at once. */
public final class InstanceClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /**
     * GETs {@code pathAndQuery} from each instance at once.
     *
     * @param headers added to each request, e.g. to mark it as already routed
     * @return the answers, in the order of {@code instances}
     * @throws InstancesUnavailable when an instance cannot be reached
     */
    public List<RelayedResponse> get(final List<Instance> instances, final String pathAndQuery,
                                     final Map<String, String> headers) {
        final List<CompletableFuture<RelayedResponse>> answers = instances.stream()
                .map(instance -> send(instance, pathAndQuery, headers))
                .toList();
        return answers.stream().map(InstanceClient::join).toList();
    }

    private CompletableFuture<RelayedResponse> send(final Instance instance, final String pathAndQuery,
                                                    final Map<String, String> headers) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(instance.uri(pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .GET();
        headers.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new InstancesUnavailable("Instance " + instance + " did not answer " + pathAndQuery,
                                failure instanceof CompletionException ? failure.getCause() : failure);
                    }
                    return new RelayedResponse(response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(null), response.body());
                });
    }

    private static RelayedResponse join(final CompletableFuture<RelayedResponse> answer) {
        try {
            return answer.join();
        } catch (final CompletionException e) {
            if (e.getCause() instanceof InstancesUnavailable unavailable) {
                throw unavailable;
            }
            throw e;
        }
    }
}
