package be.ibefe.avis.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form of the application's pages; Spring Security handles what it posts. */
@Controller
class LoginController {

    @GetMapping("/login")
    String connexion() {
        return "login";
    }
}
