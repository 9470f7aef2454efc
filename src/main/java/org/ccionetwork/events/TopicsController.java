package org.ccionetwork.events;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.view.RedirectView;

/** The events' topics became the site's one list of topics; the old address leads there. */
@Controller
class TopicsController {

    @GetMapping("/admin/events/topics")
    RedirectView topics() {
        RedirectView view = new RedirectView("/admin/topics", false, false, false);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return view;
    }
}
