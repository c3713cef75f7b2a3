# ingest-service: the shaded jar built by `./mvnw -DskipTests package` on a JRE 21 base. Build context: the repository root
# (docker-compose.yml sets it); docker/ingest-service.Dockerfile.dockerignore keeps the context to the jar and this folder.
FROM eclipse-temurin:21.0.8_9-jre

ARG JAR=ingest-service/target/ingest-service-0.1.0-SNAPSHOT-all.jar

RUN groupadd --system claimwatch && useradd --system --gid claimwatch --home-dir /app --shell /usr/sbin/nologin claimwatch \
    && mkdir -p /app /var/lib/claimwatch/state \
    && chown -R claimwatch:claimwatch /var/lib/claimwatch
COPY --chmod=0755 docker/healthcheck.sh /app/healthcheck.sh
COPY ${JAR} /app/ingest-service.jar

USER claimwatch
WORKDIR /app
ENV LOG_FORMAT=json
EXPOSE 8081
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 CMD ["/app/healthcheck.sh", "8081"]
# Container-aware heap; SIGTERM reaches the JVM directly (exec form), so the service stops HTTP first, then streams.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/ingest-service.jar"]
