package vn.ocop.workspace.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.identity.AccessScope;
import vn.ocop.workspace.WorkList;

/**
 * The signed-in user's work list as JSON: the same items as the dashboard, by deadline.
 */
@RestController
@Tag(name = "workspace", description = "Bàn làm việc / Workspace")
class WorkItemApiController {

	private final WorkList workList;
	private final AccessScope scope;

	WorkItemApiController(WorkList workList, AccessScope scope) {
		this.workList = workList;
		this.scope = scope;
	}

	@GetMapping("/api/v1/me/work-items")
	@Operation(summary = "Việc đang chờ tôi, theo hạn / What waits for the signed-in user, by deadline",
			description = "Mỗi mục: loại, nội dung theo ngôn ngữ yêu cầu, hạn (theo múi giờ cấu hình), số ngày còn lại "
					+ "(âm khi quá hạn), đường dẫn tới trang xử lý và số lượng. / Each item: kind, text in the request's "
					+ "language, deadline (configured zone), days left (negative when overdue), link to the page where "
					+ "to act, and count.")
	List<WorkList.Entry> workItems(Locale locale) {
		scope.requireCurrentUser();
		return workList.entries(locale);
	}
}
