package itc.renewal.report.submission.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.report.privacy.domain.AnswerSealing;
import itc.renewal.report.privacy.domain.SealedAnswers;
import itc.renewal.report.questionnaire.domain.Answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers in and out of their sealed form (rule R4): JSON of the answers, sealed with the member's data key.
 * Opening a legacy report without sealed answers, or one whose key was erased, answers empty: "erased".
 */
public final class AnswerVault {

    private static final TypeReference<Map<String, List<String>>> VALUES = new TypeReference<>() {
    };

    private final AnswerSealing sealing;
    private final ObjectMapper json;

    public AnswerVault(AnswerSealing sealing, ObjectMapper json) {
        this.sealing = sealing;
        this.json = json;
    }

    public SealedAnswers seal(String memberId, Answers answers) {
        try {
            return sealing.seal(memberId, json.writeValueAsBytes(answers.values()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Answers> open(String memberId, SealedAnswers sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return sealing.open(memberId, sealed).map(plain -> {
            try {
                return new Answers(json.readValue(plain, VALUES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
