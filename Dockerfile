# One image per service, built from this repository:
#   docker build --build-arg MODULE=renewal-service -t itc/renewal-service .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -DskipTests package -pl points-service,renewal-service,payment-service,activity-report-service,notification-service,gateway -am

FROM eclipse-temurin:17-jre
ARG MODULE
ENV SERVER_ADDRESS=0.0.0.0 \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
COPY --from=build /src/${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT.jar /app/app.jar
USER 1000
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
