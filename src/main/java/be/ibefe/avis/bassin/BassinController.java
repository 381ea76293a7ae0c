package be.ibefe.avis.bassin;

import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bassins of the deployment: everyone may list them, an administrator adds one. */
@RestController
@RequestMapping("/api/bassins")
class BassinController {

    private final Bassins bassins;

    BassinController(Bassins bassins) {
        this.bassins = bassins;
    }

    @GetMapping
    List<Bassins.BassinView> lister() {
        return bassins.lister();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('admin')")
    ResponseEntity<Bassins.BassinView> creer(@RequestBody Bassins.NouveauBassin bassin) {
        Bassins.BassinView cree = bassins.creer(bassin);
        return ResponseEntity.created(URI.create("/api/bassins/" + cree.code())).body(cree);
    }
}
