package itc.renewal.notification.mail.web;

import itc.renewal.notification.mail.api.OutgoingMail;
import itc.renewal.notification.mail.outbox.MailOutbox;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Mails other services write but do not send themselves, e.g. the gateway's account activation and password reset
 * mails: queued in this service's outbox, so every mail of the product leaves through one sender with one retry
 * policy. {@code /internal/**}: only a caller signing as a service reaches it. The caller's id makes a retry
 * harmless (sent once).
 */
@RestController
class InternalMailController {

    private final MailOutbox outbox;

    InternalMailController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @PostMapping("/internal/mails")
    ResponseEntity<Queued> queue(@Valid @RequestBody MailRequest request) {
        boolean queued = outbox.enqueueOnce(request.id(), new OutgoingMail(request.to(), request.subject(),
                request.body(), request.bodyEnglish()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Queued(request.id(), queued));
    }

    record MailRequest(@NotNull UUID id,
                       @NotBlank @Email @Size(max = 254) String to,
                       @NotBlank @Size(max = 300) String subject,
                       @NotBlank @Size(max = 20_000) String body,
                       @Size(max = 20_000) String bodyEnglish) {
    }

    /** @param queued false when a mail with this id was queued before (a retry) */
    record Queued(UUID id, boolean queued) {
    }
}
