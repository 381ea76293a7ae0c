package be.ibefe.avis.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form of the application's pages; Spring Security handles what it posts. */
@Controller
class LoginPage {

    /** A refused sign-in comes back here; a locked login is told until when (Spring keeps why in the session). */
    @GetMapping("/login")
    String connexion(HttpSession session, Model model) {
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException verrou) {
            model.addAttribute("verrouillage", verrou.getMessage());
        }
        return "login";
    }
}
