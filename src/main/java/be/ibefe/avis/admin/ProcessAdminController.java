package be.ibefe.avis.admin;

import be.ibefe.avis.system.DonneesInvalidesException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The process models for administrators: versions, upload, running instances, migration. */
@RestController
@RequestMapping(path = "/api/admin/processus", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcessAdminController {

    private final ProcessCatalog catalogue;
    private final ModelDeployment deploiement;
    private final InstanceMigration migration;

    ProcessAdminController(ProcessCatalog catalogue, ModelDeployment deploiement, InstanceMigration migration) {
        this.catalogue = catalogue;
        this.deploiement = deploiement;
        this.migration = migration;
    }

    record DemandeMigration(Integer versionSource, List<String> instances) {
    }

    @GetMapping
    List<ProcessCatalog.ProcessusVersions> lister() {
        return catalogue.processus();
    }

    /** 201 when a new version was deployed, 200 when every file was already deployed as it is. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ModelDeployment.ResultatDepot> deposer(
            @RequestParam(name = "fichiers", required = false) List<MultipartFile> fichiers) {
        ModelDeployment.ResultatDepot resultat = deploiement.deposer(fichiers(fichiers));
        return ResponseEntity.status(resultat.nouvelleVersion() ? HttpStatus.CREATED : HttpStatus.OK).body(resultat);
    }

    @GetMapping("/{cle}/instances")
    ProcessCatalog.InstancesParVersion instances(@PathVariable String cle) {
        return catalogue.instances(cle);
    }

    @PostMapping(path = "/{cle}/migration", consumes = MediaType.APPLICATION_JSON_VALUE)
    InstanceMigration.RapportMigration migrer(@PathVariable String cle, @RequestBody DemandeMigration demande) {
        if (demande.versionSource() == null) {
            throw new DonneesInvalidesException("versionSource",
                    "Indiquez la version dont les instances passent à la dernière version.");
        }
        return migration.migrer(cle, demande.versionSource(), demande.instances());
    }

    /** The uploaded files, named without the folders some browsers send; a file field left empty is no file. */
    static List<ModelDeployment.Fichier> fichiers(List<MultipartFile> fichiers) {
        if (fichiers == null) {
            return List.of();
        }
        return fichiers.stream()
                .filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                .map(f -> {
                    String nom = f.getOriginalFilename();
                    try {
                        return new ModelDeployment.Fichier(
                                nom.substring(Math.max(nom.lastIndexOf('/'), nom.lastIndexOf('\\')) + 1),
                                f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
