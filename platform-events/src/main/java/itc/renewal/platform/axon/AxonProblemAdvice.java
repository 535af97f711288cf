package itc.renewal.platform.axon;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for the Axon exceptions a request can meet: two requests changing the same
 * aggregate at once (the loser gets 409 and may simply retry), and an aggregate that does not exist.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AxonProblemAdvice {

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "同時に別の操作が行われました。画面を更新してからもう一度お試しください。");
        problem.setProperty("code", "request.concurrent-change");
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "対象が見つかりません。");
        problem.setProperty("code", "not-found");
        return problem;
    }
}
