package itc.renewal.gateway.operator.imports;

import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.web.ServiceBackend;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;

/**
 * The console's imports: the qualification holders' registry (資格保有者台帳, renewal-service, rule Q1) and the
 * association's training points (協会研修ポイント, points-service). The file goes to the service as it was chosen;
 * a file with any problem is refused whole and every row's problem is listed on the page.
 */
@Controller
@RequestMapping("/operator/imports")
class ImportsPageController {

    static final MediaType CSV = new MediaType("text", "csv");

    private final ServiceBackend backend;

    ImportsPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    @GetMapping
    String imports(Authentication authentication) {
        OperatorPages.operator(authentication);
        return "operator/imports";
    }

    @PostMapping("/holders")
    String holders(@RequestParam(required = false) MultipartFile file, Authentication authentication,
                   RedirectAttributes redirect) throws IOException {
        return importCsv("holders", "renewal-service", "/api/operator/qualifications/imports", file, authentication,
                redirect);
    }

    @PostMapping("/points")
    String points(@RequestParam(required = false) MultipartFile file, Authentication authentication,
                  RedirectAttributes redirect) throws IOException {
        return importCsv("points", "points-service", "/api/operator/points/imports", file, authentication, redirect);
    }

    /** Hands the file to the service's import; the page shows the outcome of {@code kind} (holders or points). */
    private String importCsv(String kind, String service, String path, MultipartFile file,
                             Authentication authentication, RedirectAttributes redirect) throws IOException {
        ServiceBackend.Answer answer = backend.upload(OperatorPages.operator(authentication), service, path, CSV,
                file);
        OperatorPages.tell(redirect, answer, "console.imports." + kind + "-done", OperatorPages.fileName(file));
        redirect.addFlashAttribute("imported", kind);
        return "redirect:/operator/imports";
    }
}
