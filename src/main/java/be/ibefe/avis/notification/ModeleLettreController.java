package be.ibefe.avis.notification;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The letter templates, for administrators (the /api/admin chain admits only the group admin). */
@RestController
@RequestMapping(path = "/api/admin/modeles-lettres", produces = MediaType.APPLICATION_JSON_VALUE)
class ModeleLettreController {

    private final ModelesLettres modeles;

    ModeleLettreController(ModelesLettres modeles) {
        this.modeles = modeles;
    }

    @GetMapping
    List<ModelesLettres.ModeleView> liste() {
        return modeles.liste();
    }

    @GetMapping("/{code}")
    ModelesLettres.ModeleView consulter(@PathVariable String code) {
        return modeles.consulter(code);
    }

    record Contenu(String contenu) {
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ModelesLettres.ModeleView modifier(@PathVariable String code, @RequestBody Contenu contenu) {
        return modeles.modifier(code, contenu.contenu());
    }
}
