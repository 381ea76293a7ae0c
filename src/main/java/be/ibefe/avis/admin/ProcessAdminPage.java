package be.ibefe.avis.admin;

import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page: the processes and their versions, upload of a model, migration of the dossiers. */
@Controller
@RequestMapping("/admin")
class ProcessAdminPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    private final ProcessCatalog catalogue;
    private final ModelDeployment deploiement;
    private final InstanceMigration migration;

    ProcessAdminPage(ProcessCatalog catalogue, ModelDeployment deploiement, InstanceMigration migration) {
        this.catalogue = catalogue;
        this.deploiement = deploiement;
        this.migration = migration;
    }

    /** A version as the page shows it: the dossiers running on it, and whether they can move to the latest. */
    record LigneVersion(int version, String versionTag, String deployeeLe, String deploiement, List<String> dossiers,
            boolean migrable) {
    }

    record LigneProcessus(String cle, String nom, int derniereVersion, List<LigneVersion> versions) {
    }

    @GetMapping("/processus")
    String processus(Model model) {
        model.addAttribute("processus", lignes());
        return "admin/processus";
    }

    @PostMapping("/processus")
    String deposer(@RequestParam(name = "fichiers", required = false) List<MultipartFile> fichiers, Model model,
            RedirectAttributes redirection, HttpServletResponse response) {
        try {
            redirection.addFlashAttribute("depot", deploiement.deposer(ProcessAdminController.fichiers(fichiers)));
            return "redirect:/admin/processus";
        } catch (DonneesInvalidesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("violations", e.getErreurs());
            return processus(model);
        }
    }

    @PostMapping("/processus/{cle}/migration")
    String migrer(@PathVariable String cle, @RequestParam int versionSource, RedirectAttributes redirection) {
        try {
            redirection.addFlashAttribute("rapport", migration.migrer(cle, versionSource, List.of()));
        } catch (ConflitException | RessourceIntrouvableException e) {
            redirection.addFlashAttribute("erreur", e.getMessage());
        }
        return "redirect:/admin/processus";
    }

    private List<LigneProcessus> lignes() {
        return catalogue.processus().stream().map(p -> {
            Map<Integer, List<String>> dossiers = catalogue.instances(p.cle()).versions().stream()
                    .collect(Collectors.toMap(ProcessCatalog.VersionInstances::version, v -> v.instances().stream()
                            .map(ProcessCatalog.InstanceEnCours::dossierId).toList()));
            Function<ProcessCatalog.VersionProcessus, LigneVersion> ligne = v -> new LigneVersion(v.version(),
                    v.versionTag(), DATE.format(v.dateDeploiement()), v.deploiement(),
                    dossiers.getOrDefault(v.version(), List.of()),
                    v.version() < p.derniereVersion() && v.instancesEnCours() > 0);
            return new LigneProcessus(p.cle(), p.nom(), p.derniereVersion(), p.versions().stream().map(ligne)
                    .toList());
        }).toList();
    }
}
