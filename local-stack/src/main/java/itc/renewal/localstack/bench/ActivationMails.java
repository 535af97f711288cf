package itc.renewal.localstack.bench;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The activation links and the result e-mails the association mailed (the local stack keeps each mail as an .eml file in
 * {@code .data/mail}): by the member id of the address the bench gave its holders ({@code <member id>@bench.example.jp}).
 */
final class ActivationMails {

    private static final String RESULT_SUBJECT = "資格更新完了";
    private static final Pattern LINK = Pattern.compile("/account/password\\?token=([A-Za-z0-9_%-]+)");
    private static final Pattern ADDRESS = Pattern.compile("(m\\d{7})@bench\\.example\\.jp", Pattern.CASE_INSENSITIVE);

    private final Path directory;
    private final Set<String> read = new HashSet<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Integer> resultMails = new ConcurrentHashMap<>();
    private final Session session = Session.getInstance(new Properties());
    private long scannedAt;

    ActivationMails(Path directory) {
        this.directory = directory;
    }

    /** Reads the mails not read yet; the activation token of each bench member found. */
    synchronized void scan() {
        if (System.nanoTime() - scannedAt < 150_000_000L || !Files.isDirectory(directory)) {
            return;
        }
        scannedAt = System.nanoTime();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.eml")) {
            for (Path file : files) {
                if (read.add(file.getFileName().toString())) {
                    readOne(file);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("can not read " + directory, e);
        }
    }

    /** How many result e-mails (資格更新完了のお知らせ) the member was sent, as far as read. */
    int resultMailsOf(String memberId) {
        return resultMails.getOrDefault(memberId, 0);
    }

    /** Reads every mail not read yet, however recently the last scan ran. */
    synchronized void scanAll() {
        scannedAt = 0;
        scan();
    }

    String tokenOf(String memberId) {
        return tokens.get(memberId);
    }

    private void readOne(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage mail = new MimeMessage(session, in);
            String[] to = mail.getHeader("To");
            Matcher address = ADDRESS.matcher(to == null ? "" : String.join(",", to));
            if (!address.find()) {
                return;
            }
            String subject = mail.getSubject();
            if (subject != null && subject.contains(RESULT_SUBJECT)) {
                resultMails.merge(address.group(1).toUpperCase(), 1, Integer::sum);
            }
            Matcher link = LINK.matcher(text(mail.getContent()));
            if (link.find()) {
                tokens.put(address.group(1).toUpperCase(), URLDecoder.decode(link.group(1), StandardCharsets.UTF_8));
            }
        } catch (IOException | MessagingException unreadable) {
            // a mail still being written is read again at the next scan
            read.remove(file.getFileName().toString());
        }
    }

    private static String text(Object content) throws IOException, MessagingException {
        if (content instanceof String text) {
            return text;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
        }
        return all.toString();
    }
}
