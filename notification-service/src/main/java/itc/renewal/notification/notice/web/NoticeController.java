package itc.renewal.notification.notice.web;

import itc.renewal.notification.notice.api.NoticeView;
import itc.renewal.notification.notice.query.MemberNotices;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The member's notices (お知らせ), e.g. 「2027年度 更新結果通知書」 with its download link (rule C4). */
@RestController
class NoticeController {

    private final MemberNotices notices;

    NoticeController(MemberNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/api/notices")
    @ProblemCodes({})
    List<NoticeView> notices(Identity identity) {
        return notices.of(identity.subject());
    }
}
