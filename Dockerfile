# The API and loader image (Apache-2.0 parts only: no embedded Neo4j, no Neo4j Browser).
#   docker build -t chaingraph .          (docker compose does this for you)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -DskipTests -pl api,loader -am package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/api/target/chaingraph-api-*-exec.jar /app/api.jar
COPY --from=build /src/loader/target/chaingraph-loader-*-exec.jar /app/loader.jar
RUN useradd --system --uid 10001 chaingraph
USER chaingraph
EXPOSE 8080
# A fixed heap (initial = maximum): G1 otherwise keeps it small and pays in collections (see the README, Benchmarks).
ENTRYPOINT ["java", "-XX:InitialRAMPercentage=60", "-XX:MaxRAMPercentage=60", "-jar", "/app/api.jar"]
