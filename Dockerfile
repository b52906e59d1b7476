# One image for every newsreel service; the command picks the service (ingest, processor, sink, run).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/newsreel --create-home newsreel
COPY --from=build /src/app/target/newsreel.jar /opt/newsreel/newsreel.jar
COPY --from=build /src/app/target/lib /opt/newsreel/lib
USER newsreel
WORKDIR /var/lib/newsreel
ENTRYPOINT ["java", "-jar", "/opt/newsreel/newsreel.jar"]
CMD ["--help"]
