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
# Unpacked as openprm.jar with its libraries in lib/ (split into layers): started with java -jar, the
# classes come from plain jars, which class data sharing below can archive.
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/openprm.jar extract --layers --destination /layers

# --- run: a JRE, an unprivileged user, dependencies in their own layers so upgrades ship small ---
FROM eclipse-temurin:17-jre
RUN groupadd --system openprm && useradd --system --gid openprm --home-dir /opt/openprm openprm \
 && mkdir -p /var/lib/openprm && chown openprm:openprm /var/lib/openprm
WORKDIR /opt/openprm
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# Class data sharing: a training start (throwaway embedded database, stopped as soon as the
# application context is up) records the classes a node loads; every start then maps them from
# openprm.jsa instead of loading and verifying them again, about half the CPU of a start
# (scripts/prepare-node.sh does the same outside a container).
RUN java -XX:ArchiveClassesAtExit=openprm.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
      -jar openprm.jar --prm.data-dir=/tmp/cds-training --server.port=0 \
 && rm -rf /tmp/cds-training
USER openprm
# The embedded database (single-node only) lives here; production nodes use PostgreSQL instead.
ENV PRM_DATA_DIR=/var/lib/openprm \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /var/lib/openprm
EXPOSE 8080
# exec form: the JVM is PID 1 and receives SIGTERM, so graceful shutdown finishes in-flight requests.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=openprm.jsa", "-jar", "openprm.jar"]
