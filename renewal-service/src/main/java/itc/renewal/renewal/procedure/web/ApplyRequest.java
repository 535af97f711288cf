package itc.renewal.renewal.procedure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The member agrees to the terms of {@code termsVersion} (A2: 「上記の規約に同意し、申請する」). */
record ApplyRequest(@NotBlank(message = "同意した規約の版を指定してください") @Size(max = 20) String termsVersion) {
}
