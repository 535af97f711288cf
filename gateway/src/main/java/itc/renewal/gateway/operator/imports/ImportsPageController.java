package itc.renewal.gateway.operator.imports;

import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
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
        Identity operator = OperatorPages.operator(authentication);
        ServiceBackend.Answer answer = backend.upload(operator, "renewal-service",
                "/api/operator/qualifications/imports", CSV, bytes(file));
        OperatorPages.tell(redirect, answer, "console.imports.holders-done", name(file));
        redirect.addFlashAttribute("imported", "holders");
        return "redirect:/operator/imports";
    }

    @PostMapping("/points")
    String points(@RequestParam(required = false) MultipartFile file, Authentication authentication,
                  RedirectAttributes redirect) throws IOException {
        Identity operator = OperatorPages.operator(authentication);
        ServiceBackend.Answer answer = backend.upload(operator, "points-service", "/api/operator/points/imports", CSV,
                bytes(file));
        OperatorPages.tell(redirect, answer, "console.imports.points-done", name(file));
        redirect.addFlashAttribute("imported", "points");
        return "redirect:/operator/imports";
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? new byte[0] : file.getBytes();
    }

    static String name(MultipartFile file) {
        return file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }
}
