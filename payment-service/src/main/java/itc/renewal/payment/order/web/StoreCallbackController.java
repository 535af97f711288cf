package itc.renewal.payment.order.web;

import itc.renewal.payment.order.command.StoreCallbacks;
import itc.renewal.platform.problem.ProblemCodes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The store network's callback (convenience-store payments): signed by the network, not by a member, so it lives
 * outside /api/**. Answers {@code {"outcome": …}}; 401 for a bad signature, 400 for an incomplete notification.
 */
@RestController
class StoreCallbackController {

    private final StoreCallbacks callbacks;

    StoreCallbackController(StoreCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping("/callbacks/convenience-store")
    @ProblemCodes({"400 payment.callback-invalid", "401 payment.callback-signature-invalid",
            "422 payment.order-unknown", "422 payment.slip-unknown"})
    Map<String, Object> paid(@RequestHeader(value = StoreCallbacks.SIGNATURE_HEADER, required = false) String signed,
                             @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        return Map.of("outcome", callbacks.receive(signed, body == null ? new byte[0] : body,
                request.getRemoteAddr()));
    }
}
