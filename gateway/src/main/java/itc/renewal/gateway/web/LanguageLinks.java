package itc.renewal.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of every page: the same page with its own query (a password link's token, the fiscal year of
 * the points list) and only {@code lang} changed.
 */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLink")
    LanguageLink languageLink(HttpServletRequest request) {
        return new LanguageLink(link(request, "ja"), link(request, "en"));
    }

    private static String link(HttpServletRequest request, String language) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam(PageConfiguration.LANGUAGE_PARAMETER, language).build().toUriString();
    }

    /** The page in Japanese and in English. */
    record LanguageLink(String ja, String en) {
    }
}
