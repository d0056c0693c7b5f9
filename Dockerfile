# OpenPRM container image: one stateless node. Build from the project root:
#   docker build -t openprm:latest .
# Run several of these against one PostgreSQL database (see deploy/compose.yaml and docs/deployment.md).

# --- build: the same wrapper and JDK 17 the project is tested with ---
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
# The tests ran in CI on this commit; the image build only packages.
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/openprm.jar extract --layers --launcher --destination /layers

# --- run: a JRE, an unprivileged user, dependencies in their own layers so upgrades ship small ---
FROM eclipse-temurin:17-jre
RUN groupadd --system openprm && useradd --system --gid openprm --home-dir /opt/openprm openprm \
 && mkdir -p /var/lib/openprm && chown openprm:openprm /var/lib/openprm
WORKDIR /opt/openprm
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER openprm
# The embedded database (single-node only) lives here; production nodes use PostgreSQL instead.
ENV PRM_DATA_DIR=/var/lib/openprm \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /var/lib/openprm
EXPOSE 8080
# exec form: the JVM is PID 1 and receives SIGTERM, so graceful shutdown finishes in-flight requests.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
