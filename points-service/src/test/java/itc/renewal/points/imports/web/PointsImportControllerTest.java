package itc.renewal.points.imports.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.InvalidImportFile;
import itc.renewal.platformtest.SignedRequests;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.points.imports.command.ImportOutcome;
import itc.renewal.points.imports.command.PointsImporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PointsImportController.class)
@TestPropertySource(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
class PointsImportControllerTest extends SignedWebSlice {

    private static final Identity OPERATOR = new Identity("OP-1", Identity.Role.OPERATOR);
    private static final String FILE = """
            member_id,activity_date,category,hours,points,title
            M0000001,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3,,集合研修
            """;

    @MockitoBean
    PointsImporter importer;

    @Test
    void p2_operatorImportsAFile() throws Exception {
        UUID importId = UUID.fromString("00000000-0000-0000-0000-000000000001");
        when(importer.importFile(eq("OP-1"), eq(FILE.getBytes(StandardCharsets.UTF_8))))
                .thenReturn(new ImportOutcome(1, 0, importId));

        mvc.perform(signed(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.skipped").value(0))
                .andExpect(jsonPath("$.importId").value(importId.toString()));
    }

    @Test
    void p2_membersCannotImport() throws Exception {
        mvc.perform(signed(Identity.member("M0000001")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("operator.role-required"));

        verifyNoInteractions(importer);
    }

    @Test
    void p6_importReportsEveryBadRowAndImportsNothing() throws Exception {
        when(importer.importFile(any(), any())).thenThrow(new InvalidImportFile("points.import-invalid", List.of(
                new ImportError(2, "member_id", "会員番号は M と数字7桁で入力してください（例: M0000001、入力値: M1）。"),
                new ImportError(4, "title", "タイトルを入力してください。"))));

        mvc.perform(signed(OPERATOR))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("points.import-invalid"))
                .andExpect(jsonPath("$.detail").value(
                        "取込ファイルに誤りが 2 件あります。該当する行を修正して、ファイル全体を取り込み直してください（1件も取り込んでいません）。"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("member_id"))
                .andExpect(jsonPath("$.errors[1].message").value("タイトルを入力してください。"));
    }

    private MockHttpServletRequestBuilder signed(Identity identity) {
        return SignedRequests.signed(signer, identity, post("/api/operator/points/imports"))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .content(FILE.getBytes(StandardCharsets.UTF_8));
    }
}
