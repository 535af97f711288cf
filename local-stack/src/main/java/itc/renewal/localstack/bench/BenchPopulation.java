package itc.renewal.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The holders of one bench run: member ids no earlier run used (the next free block is kept in
 * {@code .data/bench/next-member}), every tenth a first renewal (certified in October 2026, free, Q4), every fourth
 * paying member reports before paying; each with ten points of association training in FY2026 (Q3).
 */
final class BenchPopulation {

    private static final int FIRST_BLOCK = 2_000_000;
    private static final int ROWS_PER_POINTS_FILE = 2_000;

    /** One bench member. */
    record Member(String id, boolean firstRenewal, boolean reportsFirst) {

        String email() {
            return id.toLowerCase() + "@bench.example.jp";
        }

        String password() {
            return "bench journey password " + id.substring(id.length() - 4);
        }
    }

    private final List<Member> members;

    private BenchPopulation(List<Member> members) {
        this.members = members;
    }

    static BenchPopulation reserve(Path dataDirectory, int size) throws IOException {
        Path counter = dataDirectory.resolve("bench").resolve("next-member");
        Files.createDirectories(counter.getParent());
        int first = Files.exists(counter) ? Integer.parseInt(Files.readString(counter).strip()) : FIRST_BLOCK;
        if (first + size > 9_999_999) {
            throw new IllegalStateException("no member ids left for the bench; reset .data (./itc-renewal up on an "
                    + "empty .data) or remove " + counter);
        }
        Files.writeString(counter, Integer.toString(first + size));
        List<Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean first10th = i % 10 == 9;
            members.add(new Member("M%07d".formatted(first + i), first10th, !first10th && i % 4 == 1));
        }
        return new BenchPopulation(members);
    }

    List<Member> members() {
        return members;
    }

    /** The registry import (Q1) of every member, one file. */
    String registryFile() {
        StringBuilder csv = new StringBuilder("member_id,name,name_kana,email,certification_number,certified_in,"
                + "expiry\n");
        for (Member m : members) {
            csv.append("%s,試験 %s,シケン ベンチ,%s,%010dB,%s,2027-05-31\n".formatted(m.id(), m.id().substring(4),
                    m.email(), Integer.parseInt(m.id().substring(1)), m.firstRenewal() ? "2026-10" : "2016-03"));
        }
        return csv.toString();
    }

    /** The association's points imports (P2): 20 hours of classroom training each (10 points), in files of 2,000. */
    List<String> pointsFiles() {
        List<StringBuilder> files = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (i % ROWS_PER_POINTS_FILE == 0) {
                files.add(new StringBuilder("member_id,activity_date,category,hours,points,title\n"));
            }
            files.get(files.size() - 1).append(members.get(i).id())
                    .append(",2026-11-01,ASSOCIATION_TRAINING_CLASSROOM,20,,ベンチマーク研修\n");
        }
        return files.stream().map(StringBuilder::toString).toList();
    }
}
