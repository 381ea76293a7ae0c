package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.ComptageDossiers;
import be.ibefe.avis.dossier.DossierCriteres;
import be.ibefe.avis.dossier.DossierResume;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.Statut;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinators' dashboard: open dossiers per type and status, the overdue ones, processing times, and a picture
 * of the year's avis per type and outcome, all from the report's and the dossiers' own queries.
 */
@Controller
@PreAuthorize("hasRole('coordination')")
class TableauDeBordPage {

    static final int EN_RETARD_MAX = 20;
    static final List<Statut> OUVERTS = Arrays.stream(Statut.values())
            .filter(s -> !s.termine()).toList();

    private final ComptageDossiers comptage;
    private final DossierService dossiers;
    private final RapportService rapports;
    private final StatistiquesService statistiques;
    private final Bassins bassins;
    private final Perimetre perimetre;
    private final IdentitesBassins identites;
    private final Clock clock;
    private final ChoixDuRapport choix;

    TableauDeBordPage(ComptageDossiers comptage, DossierService dossiers, RapportService rapports,
            StatistiquesService statistiques, Bassins bassins, Perimetre perimetre, IdentitesBassins identites,
            Clock clock, ChoixDuRapport choix) {
        this.bassins = bassins;
        this.perimetre = perimetre;
        this.identites = identites;
        this.choix = choix;
        this.comptage = comptage;
        this.dossiers = dossiers;
        this.rapports = rapports;
        this.statistiques = statistiques;
        this.clock = clock;
    }

    /** What keeps a bassin's avis from reaching an administration by e-mail, with the page that fixes it. */
    record Destinataires(String code, String nom, List<String> lacunes, boolean modifiable) {
    }

    /** A line of the open dossiers' table: a type, its count per open status, and its total. */
    record LigneOuverts(AvisType type, List<Long> parStatut, long total) {
    }

    @GetMapping("/tableau-de-bord")
    String tableauDeBord(@RequestParam(required = false) String annee, @RequestParam(required = false) String bassin,
            Model model) {
        LocalDate aujourdhui = LocalDate.now(clock);
        // the menu's link names no year: the current one when it has dossiers, else the last one that has
        int an = choix.choisir(annee, bassin, model);
        Map<AvisType, Map<Statut, Long>> ouverts = comptage.ouvertsParTypeEtStatut();
        List<LigneOuverts> lignes = Arrays.stream(AvisType.values()).map(type -> {
            Map<Statut, Long> parStatut = ouverts.getOrDefault(type, Map.of());
            List<Long> nombres = OUVERTS.stream().map(s -> parStatut.getOrDefault(s, 0L)).toList();
            return new LigneOuverts(type, nombres, nombres.stream().mapToLong(Long::longValue).sum());
        }).toList();
        // the first overdue ones by their ids alone, then those dossiers only; their number from the counts per
        // status: both from the open dossiers' index (V46), not from every overdue dossier loaded and sorted
        DossierCriteres retard = new DossierCriteres(null, null, null, null, aujourdhui);
        List<DossierResume> enRetard = dossiers.resumes(comptage.premiers(retard, Sort.by("echeance", "id"),
                EN_RETARD_MAX));
        long totalEnRetard = comptage.parStatut(retard).values().stream().mapToLong(Long::longValue).sum();
        RapportActivite rapport = rapports.rapportActivite(an);
        model.addAttribute("statutsOuverts", OUVERTS);
        model.addAttribute("ouverts", lignes);
        model.addAttribute("totalOuverts", lignes.stream().mapToLong(LigneOuverts::total).sum());
        model.addAttribute("enRetard", enRetard);
        model.addAttribute("totalEnRetard", totalEnRetard);
        model.addAttribute("statistiques", statistiques.statistiques(an));
        model.addAttribute("rapport", rapport);
        model.addAttribute("graphique", GraphiqueAvis.de(rapport));
        model.addAttribute("destinataires", bassins.lister().stream().filter(b -> perimetre.voit(b.code()))
                .map(b -> new Destinataires(b.code(), b.nom(), identites.lacunes(b.code()),
                        identites.peutModifier(b.code())))
                .filter(d -> !d.lacunes().isEmpty()).toList());
        return "rapport/tableau-de-bord";
    }
}
