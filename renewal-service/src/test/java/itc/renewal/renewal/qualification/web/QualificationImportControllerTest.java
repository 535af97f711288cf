package itc.renewal.renewal.qualification.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.InvalidImportFile;
import itc.renewal.platformtest.SignedRequests;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.renewal.qualification.api.ImportOutcome;
import itc.renewal.renewal.qualification.domain.QualificationImport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rule Q1's registry import over HTTP: operators only; a bad file is a 422 listing every problem. */
@WebMvcTest(QualificationImportController.class)
class QualificationImportControllerTest extends SignedWebSlice {

    private static final Identity OPERATOR = new Identity("OP0000001", Identity.Role.OPERATOR);
    private static final String CSV = "member_id,name,name_kana,email,certification_number,certified_in,expiry\n"
            + "M0000101,新規 一郎,シンキ イチロウ,ichiro.shinki@example.jp,0000003101A,2026-10,\n";
    private static final UUID IMPORT_ID = UUID.fromString("5f0c6a8e-1d2b-4c3d-9e4f-0a1b2c3d4e5f");

    @MockitoBean
    QualificationImport imports;

    private MockHttpServletRequestBuilder upload(Identity identity) {
        return SignedRequests.signed(signer, identity, post("/api/operator/qualifications/imports"))
                .contentType("text/csv")
                .content(CSV.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void q1_operatorImportsTheFile() throws Exception {
        when(imports.importFile(eq("OP0000001"), any())).thenReturn(new ImportOutcome(IMPORT_ID, 1, 1, 0, 0, false));

        mvc.perform(upload(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importId").value(IMPORT_ID.toString()))
                .andExpect(jsonPath("$.rows").value(1))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.fileImportedBefore").value(false));
    }

    @Test
    void q1_membersGet403() throws Exception {
        mvc.perform(upload(Identity.member("M0000001")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("operator.role-required"));
        verifyNoInteractions(imports);
    }

    @Test
    void q1_unsignedRequestsAreRefused() throws Exception {
        mvc.perform(post("/api/operator/qualifications/imports").contentType("text/csv").content(CSV))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(imports);
    }

    @Test
    void q1_aBadFileIs422WithEveryRowError() throws Exception {
        when(imports.importFile(eq("OP0000001"), any())).thenThrow(new InvalidImportFile("qualification.import-invalid", List.of(
                new ImportError(3, "certification_number", "認定番号は数字10桁と英大文字1字で入力してください。"),
                new ImportError(2, "member_id", "会員番号は M と数字7桁で入力してください。"))));

        mvc.perform(upload(OPERATOR))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.code").value("qualification.import-invalid"))
                .andExpect(jsonPath("$.detail").value("取込ファイルに誤りが 2 件あります。該当する行を修正して、"
                        + "ファイル全体を取り込み直してください（1件も取り込んでいません）。"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("member_id"))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].message").value("認定番号は数字10桁と英大文字1字で入力してください。"));
    }
}
