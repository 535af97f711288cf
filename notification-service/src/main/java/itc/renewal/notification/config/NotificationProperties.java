package itc.renewal.notification.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * @param publicBaseUrl where members and the public reach the system (gateway); the certificate's
 *                      verification QR code points below it (rule C5)
 * @param mail          result e-mail settings
 */
@Validated
@ConfigurationProperties("notification")
public record NotificationProperties(@NotNull URI publicBaseUrl, @Valid @NotNull Mail mail) {

    /** @param from sender address of every e-mail this service sends */
    public record Mail(@NotBlank @Email String from) {
    }

    /** The public verification page of one certificate with its token (rule C5), without a trailing-slash surprise. */
    public URI verificationUrl(Object certificateId, String token) {
        String base = publicBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/verify/" + certificateId + "?t=" + token);
    }
}
