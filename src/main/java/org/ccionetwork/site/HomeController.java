package org.ccionetwork.site;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.ccionetwork.shared.HomePanel;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The home page: what the network is, and each module's panel. The about page belongs to the news module. */
@Controller
class HomeController {

    private final List<HomePanel> panels;

    HomeController(List<HomePanel> panels) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
    }

    @GetMapping("/")
    ModelAndView home(@RequestParam(name = "signed-out", required = false) String signedOut) {
        var viewer = Viewers.current().orElse(null);
        var contents = panels.stream().map(panel -> panel.render(viewer)).filter(Objects::nonNull).toList();
        return Views.page("site/home", new HomePage(contents, signedOut != null));
    }
}
