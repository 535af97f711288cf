package itc.renewal.localstack;

import itc.renewal.embedded.stack.Stack;
import itc.renewal.embedded.stack.StackConfig;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./itc-renewal up}: starts the whole stack on its embedded defaults, prints the gateway URL
 * and a walk-through, and stops everything cleanly on Ctrl-C (data stays in {@code .data/}).
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("itc.root", ".")).toAbsolutePath().normalize();
        String demoTime = DemoClock.startTime(root.resolve(".data"), System.getenv("ITC_DEMO_TIME"),
                java.time.Clock.systemUTC());
        long started = System.nanoTime();
        Stack stack = Stack.start(StackConfig.local(root, demoTime));
        StackControl control = StackControl.start(stack, stack.config().dataDirectory());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping ITC Renewal (data kept in " + stack.config().dataDirectory() + ") ...");
            control.close();
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        ScheduledExecutorService mailWatch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-watch");
            t.setDaemon(true);
            return t;
        });
        mailWatch.scheduleWithFixedDelay(new MailWatch(stack), 1, 1, TimeUnit.SECONDS);
        System.out.println(Walkthrough.text(stack.config(), (System.nanoTime() - started) / 1_000_000));
        stopped.await();
    }

    /** Prints each e-mail the SMTP server receives and keeps a copy as an .eml file. */
    private static final class MailWatch implements Runnable {

        private final Stack stack;
        private int seen;

        MailWatch(Stack stack) {
            this.stack = stack;
        }

        @Override
        public void run() {
            List<MimeMessage> received = stack.mail().received();
            for (; seen < received.size(); seen++) {
                MimeMessage message = received.get(seen);
                try {
                    Path dir = Files.createDirectories(stack.config().dataDirectory().resolve("mail"));
                    Path file = dir.resolve(System.currentTimeMillis() + "-" + seen + ".eml");
                    // written aside and moved into place, so a reader of *.eml never sees half a mail
                    Path partial = dir.resolve(file.getFileName() + ".part");
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        message.writeTo(out);
                    }
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                    System.out.printf("[mail] to %s: %s (%s)%n", String.join(",", message.getHeader("To")),
                            message.getSubject(), file);
                } catch (IOException | MessagingException e) {
                    System.out.println("[mail] unreadable message: " + e);
                }
            }
        }
    }
}
