# One image for every newsreel service; the command picks the service (ingest, processor, sink, run), NEWSREEL_*
# variables set it up.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl answers the health checks of docker-compose.yml.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /var/lib/newsreel --create-home newsreel
COPY --from=build /src/app/target/newsreel.jar /opt/newsreel/newsreel.jar
COPY --from=build /src/app/target/lib /opt/newsreel/lib
USER newsreel
WORKDIR /var/lib/newsreel
# The sink's API (with its /metrics and /health), ingest's and the processor's admin ports.
EXPOSE 8080 8081 8082
ENTRYPOINT ["java", "-jar", "/opt/newsreel/newsreel.jar"]
CMD ["--help"]
