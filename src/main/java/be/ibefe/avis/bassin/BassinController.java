package be.ibefe.avis.bassin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bassins of the deployment: everyone may list them, an administrator adds one; a bassin's identity (letterhead,
 * signatories) is read by whoever sees the bassin and edited by its coordination or an administrator.
 */
@RestController
@RequestMapping("/api/bassins")
class BassinController {

    private final Bassins bassins;
    private final IdentitesBassins identites;

    BassinController(Bassins bassins, IdentitesBassins identites) {
        this.bassins = bassins;
        this.identites = identites;
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

    /** The AIBEFE's ten bassins, and whether this installation serves each (an administrator activates one by POST). */
    @GetMapping("/referentiel")
    List<Bassins.BassinDeReference> referentiel() {
        return bassins.referentiel();
    }

    @GetMapping("/{code}")
    IdentitesBassins.IdentiteView consulter(@PathVariable String code) {
        return identites.consulter(code);
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    IdentitesBassins.IdentiteView modifier(@PathVariable String code,
            @RequestBody IdentitesBassins.SaisieIdentite identite) {
        return identites.modifier(code, identite);
    }

    @GetMapping("/{code}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String code) {
        return image(identites.logo(code));
    }

    /** The logo as the browser takes it: its own type, no character set, checked again at each display. */
    static ResponseEntity<byte[]> image(IdentitesBassins.Logo logo) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.type()))
                .cacheControl(CacheControl.noCache()).body(logo.contenu());
    }

    /** Multipart {@code fichier} (PNG or JPEG); {@code version}, when given, must be the bassin's current one. */
    @PostMapping(path = "/{code}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    IdentitesBassins.IdentiteView deposerLogo(@PathVariable String code,
            @RequestParam(name = "fichier", required = false) MultipartFile fichier,
            @RequestParam(required = false) Long version) {
        return identites.deposerLogo(code, lire(fichier), version);
    }

    @DeleteMapping("/{code}/logo")
    @PreAuthorize("hasAnyRole('coordination', 'admin')")
    IdentitesBassins.IdentiteView supprimerLogo(@PathVariable String code,
            @RequestParam(required = false) Long version) {
        return identites.supprimerLogo(code, version);
    }

    /**
     * At most one byte more than a logo may weigh: enough to refuse a larger file without holding it; null without a
     * file (refused after the rights are checked).
     */
    static byte[] lire(MultipartFile fichier) {
        if (fichier == null) {
            return null;
        }
        try (InputStream entree = fichier.getInputStream()) {
            return entree.readNBytes(IdentitesBassins.TAILLE_MAX_LOGO + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
