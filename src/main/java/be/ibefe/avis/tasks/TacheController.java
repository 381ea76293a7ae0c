package be.ibefe.avis.tasks;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.system.DonneesInvalidesException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/taches", produces = MediaType.APPLICATION_JSON_VALUE)
class TacheController {

    static final int TAILLE_MAX = 500;

    private final TacheService service;
    private final TerminaisonEnLot enLot;
    private final CurrentUser currentUser;

    TacheController(TacheService service, TerminaisonEnLot enLot, CurrentUser currentUser) {
        this.service = service;
        this.enLot = enLot;
        this.currentUser = currentUser;
    }

    /** Tasks to take up at once: their ids (at most {@value TerminaisonEnLot#TAILLE_MAX}). */
    record LotAPrendre(List<String> ids) {
    }

    /** Tasks of one kind to complete at once: their ids and, once, the fields of their form. */
    record LotATerminer(List<String> ids, JsonNode champs) {
    }

    /**
     * What became of each task of a batch, in the order given: {@code statut} {@code PRISE}, {@code TERMINEE} or
     * {@code REFUSEE}, and for a refused one the problem+json that the same call on that task alone would have
     * answered.
     */
    record ResultatLot(String id, String nom, String reference, String statut, ProblemDetail probleme) {
    }

    record ReponseLot(List<ResultatLot> resultats, long reussies, long refusees) {

        static ReponseLot de(List<TerminaisonEnLot.Issue> issues, String reussie) {
            List<ResultatLot> resultats = issues.stream().map(i -> new ResultatLot(i.id(), i.nom(), i.reference(),
                    i.terminee() ? reussie : "REFUSEE", i.probleme())).toList();
            long reussies = issues.stream().filter(TerminaisonEnLot.Issue::terminee).count();
            return new ReponseLot(resultats, reussies, issues.size() - reussies);
        }
    }


    /**
     * The caller's tasks as a JSON array; X-Total-Count gives the number of tasks over all pages. Optional filters on
     * the dossier ({@code dossierId}, {@code type}, {@code statut}, {@code echeance}, text {@code q}), on who holds
     * the task ({@code attribution}), on the task itself (its due date {@code echeanceTache}, its kind {@code cle}),
     * and {@code sort} (creeLe by default).
     */
    @GetMapping
    ResponseEntity<List<TacheView>> taches(@RequestParam(required = false) Long dossierId,
            @RequestParam(required = false) AvisType type, @RequestParam(required = false) Statut statut,
            @RequestParam(required = false) FiltresTaches.Echeance echeance, @RequestParam(required = false) String q,
            @RequestParam(required = false) FiltresTaches.Attribution attribution,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) FiltresTaches.Echeance echeanceTache,
            @RequestParam(required = false) String cle,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            throw new DonneesInvalidesException("page", "Le numéro de page commence à 0.");
        }
        if (size < 1 || size > TAILLE_MAX) {
            throw new DonneesInvalidesException("size", "La taille de page va de 1 à " + TAILLE_MAX + ".");
        }
        TacheService.PageTaches resultat = service.taches(currentUser.login(), currentUser.groupes(),
                FiltresTaches.avecTri(dossierId, type, statut, echeance, q, attribution, sort)
                        .avecEcheanceTache(echeanceTache).avecCle(cle), page, size);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(resultat.total())).body(resultat.taches());
    }

    @PostMapping("/{id}/claim")
    ResponseEntity<Void> prendre(@PathVariable String id) {
        service.prendre(id, currentUser.login(), currentUser.groupes());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> liberer(@PathVariable String id) {
        service.liberer(id, currentUser.login(), currentUser.groupes());
        return ResponseEntity.noContent().build();
    }

    /**
     * Takes up several tasks: each as {@code /{id}/claim} would, one refused not stopping the others (README,
     * « Terminer en lot »); an empty batch or one of more than {@value TerminaisonEnLot#TAILLE_MAX} is refused whole.
     */
    @PostMapping(path = "/lot/claim", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReponseLot prendreEnLot(@RequestBody LotAPrendre lot) {
        return ReponseLot.de(enLot.prendre(lot.ids(), currentUser.login(), currentUser.groupes()), "PRISE");
    }

    /**
     * Completes several tasks of one kind with the same fields: refused whole before anything is done when the batch
     * is empty, too large, of several kinds, or its fields do not fit the form of its kind; otherwise each task as
     * {@code /{id}/complete} would, one refused not stopping the others.
     */
    @PostMapping(path = "/lot/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReponseLot terminerEnLot(@RequestBody LotATerminer lot) {
        return ReponseLot.de(enLot.terminer(lot.ids(), lot.champs(), currentUser.login(), currentUser.groupes()),
                "TERMINEE");
    }

    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> terminer(@PathVariable String id, @RequestBody(required = false) JsonNode champs) {
        service.terminer(id, champs, currentUser.login(), currentUser.groupes());
        return ResponseEntity.noContent().build();
    }
}
