package itc.renewal.localstack.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code ./itc-renewal bench [--members N] [--concurrency W] [--limit-seconds S]}: drives the member's whole renewal
 * through the gateway of the running local stack and prints what it measured (and writes it as JSON under
 * {@code .data/bench/}). Phases: the operator's registry and points imports; the holders activating their accounts
 * from the mailed link; the journeys, W members at a time; the tail until every renewal is completed and every
 * certificate issued (as a subscriber sees them on Kafka); then a check of each member's status and certificate.
 * Bounded in time: whatever is not done by the limit is reported as not done. A benchmark: it prints figures.
 * {@code --faults} kills each service in turn, stops the broker for 30 s and restarts PostgreSQL during the
 * journeys (members press again where they get no answer) and then checks every renewal happened exactly once.
 */
public final class Bench {

    private final BenchOptions options;
    private final Latencies latencies = new Latencies();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final long deadline;

    private Bench(BenchOptions options) {
        this.options = options;
        this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.limitSeconds());
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        BenchResult result = new Bench(options).run();
        System.out.println(result.text());
        Path file = result.write(options.dataDirectory().resolve("bench"));
        System.out.println("Written to " + file);
        System.exit(result.complete() ? 0 : 1);
    }

    private BenchResult run() throws Exception {
        BenchPopulation population = BenchPopulation.reserve(options.dataDirectory(), options.members());
        List<BenchPopulation.Member> members = population.members();
        Set<String> ids = members.stream().map(BenchPopulation.Member::id).collect(Collectors.toSet());
        BenchResult result = new BenchResult(options, latencies);
        try (Milestones milestones = new Milestones(options.kafka(), ids)) {
            result.usage("start", ProcessUsage.read());
            BenchClient operator = new BenchClient(http, options.gateway(), "operator",
                    Files.readString(options.dataDirectory().resolve("demo-operator-password")).strip(), latencies);
            result.phase("imports", () -> {
                operator.expect(200, operator.postCsv("registry import", "/api/operator/qualifications/imports",
                        population.registryFile()), "registry import");
                for (String file : population.pointsFiles()) {
                    operator.expect(200, operator.postCsv("points import", "/api/operator/points/imports", file),
                            "points import");
                }
            });
            ActivationMails mails = new ActivationMails(options.dataDirectory().resolve("mail"));
            result.phase("activation", () -> inParallel(members, member -> activate(mails, member)));
            result.usage("before journeys", ProcessUsage.read());
            Map<String, Long> lastSteps = new ConcurrentHashMap<>();
            Map<String, String> renewals = new ConcurrentHashMap<>();
            FaultDrill drill = options.faults() ? new FaultDrill(options.root()) : null;
            Thread drilling = drill == null ? null : new Thread(drill, "bench-faults");
            result.phase("journeys", () -> {
                if (drilling != null) {
                    drilling.start();
                }
                inParallel(members, member -> {
                    String renewalId = journey(member);
                    lastSteps.put(member.id(), System.nanoTime());
                    renewals.put(member.id(), renewalId);
                });
                awaitEnd(drilling);
            });
            result.usage("after journeys", ProcessUsage.read());
            result.phase("tail", () -> awaitMilestones(milestones, lastSteps.size()));
            result.usage("end", ProcessUsage.read());
            result.milestones(milestones, lastSteps);
            if (drill != null) {
                result.phase("mails", () -> awaitResultMails(mails, lastSteps.keySet()));
                sleep(10_000); // what is still on its way (a repeat would come now)
                mails.scanAll();
                result.faults(drill.done(), ExactlyOnce.check(members, milestones, mails, options.kafka()));
            }
            result.phase("verification", () -> inParallel(members, member -> verify(member, renewals)));
        }
        return result;
    }

    private void activate(ActivationMails mails, BenchPopulation.Member member) {
        String token;
        while ((token = mails.tokenOf(member.id())) == null) {
            if (System.nanoTime() > deadline) {
                latencies.error("activation mail missing");
                return;
            }
            mails.scan();
            sleep(200);
        }
        Activation.activate(options.gateway(), token, member.password(), latencies);
    }

    private String journey(BenchPopulation.Member member) {
        try {
            return new MemberJourney(client(member), member, latencies, options.faults()).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchClient.BenchFailure("interrupted");
        }
    }

    private void verify(BenchPopulation.Member member, Map<String, String> renewals) {
        String renewalId = renewals.get(member.id());
        if (renewalId == null) {
            return;
        }
        BenchClient client = client(member);
        String status = client.get("verify: renewal status", "/api/renewals/2027").json().path("status").asText();
        if (!"COMPLETED".equals(status)) {
            latencies.error("verify: status " + status);
        }
        int certificate = client.download("verify: certificate", "/api/certificates/" + renewalId, "application/pdf");
        if (certificate != 200) {
            latencies.error("verify: certificate " + certificate);
        }
    }

    private BenchClient client(BenchPopulation.Member member) {
        return new BenchClient(http, options.gateway(), member.id(), member.password(), latencies);
    }

    /** The result e-mails leave after the certificates (the mail outbox works through its backlog in order). */
    private void awaitResultMails(ActivationMails mails, Collection<String> members) {
        do {
            mails.scanAll();
            if (members.stream().allMatch(member -> mails.resultMailsOf(member) > 0)) {
                return;
            }
            sleep(1_000);
        } while (System.nanoTime() < deadline);
    }

    private void awaitMilestones(Milestones milestones, int journeys) {
        while ((milestones.completedCount() < journeys || milestones.certifiedCount() < journeys)
                && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    private static void awaitEnd(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code each} for every member, {@code concurrency} at a time, until done or the deadline. */
    private void inParallel(List<BenchPopulation.Member> members, Consumer<BenchPopulation.Member> each) {
        ExecutorService workers = Executors.newFixedThreadPool(options.concurrency());
        for (BenchPopulation.Member member : members) {
            workers.execute(() -> {
                if (System.nanoTime() > deadline) {
                    latencies.error("not started: time limit");
                    return;
                }
                try {
                    each.accept(member);
                } catch (BenchClient.BenchFailure failure) {
                    System.err.println(member.id() + ": " + failure.getMessage());
                } catch (RuntimeException unexpected) {
                    latencies.error("unexpected " + unexpected.getClass().getSimpleName());
                    System.err.println(member.id() + ": " + unexpected);
                }
            });
        }
        workers.shutdown();
        try {
            long left = Math.max(1, deadline - System.nanoTime());
            if (!workers.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
