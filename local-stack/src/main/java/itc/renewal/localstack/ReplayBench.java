package itc.renewal.localstack;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Republishing throughput on the running local stack (issue 10; a benchmark, not a test): imports {@code rows}
 * association points (files of 5,000 rows, one event each, spread over 1,000 members M09xxxxx), then republishes
 * points-service's whole event store {@code rounds} times and prints the events read per second of each round.
 * <pre>./itc-renewal replay-bench [rows] [rounds]</pre>
 */
public final class ReplayBench {

    private static final int FILE_ROWS = 5_000;

    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        HttpClient http = HttpClient.newHttpClient();
        String batch = Long.toString(System.currentTimeMillis(), 36);
        long importStart = System.nanoTime();
        for (int file = 0; file * FILE_ROWS < rows; file++) {
            StringBuilder csv = new StringBuilder("member_id,activity_date,category,hours,points,title\n");
            for (int row = file * FILE_ROWS; row < Math.min(rows, (file + 1) * FILE_ROWS); row++) {
                csv.append("M09%05d,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,1,,ベンチマーク研修 %s-%d\n"
                        .formatted(row % 1_000, batch, row));
            }
            HttpResponse<String> imported = http.send(OperatorCommand.operatorRequest("/api/operator/points/imports")
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("import refused: " + imported.statusCode() + " " + imported.body());
            }
        }
        System.out.printf("imported %,d rows in %.1f s%n", rows, (System.nanoTime() - importStart) / 1e9);
        for (int round = 1; round <= rounds; round++) {
            HttpResponse<String> result = http.send(OperatorCommand.operatorRequest(
                            "/api/operator/replay/points-service/republish")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("round " + round + ": " + result.statusCode() + " " + result.body());
        }
    }
}
