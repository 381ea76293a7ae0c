package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A request as it arrives (POST /api/dossiers). */
public record NouveauDossier(
        @NotNull(message = "Le type d'avis est obligatoire.")
        AvisType type,
        @NotNull(message = "Le demandeur est obligatoire.") @Valid
        DemandeurSaisi demandeur,
        @NotBlank(message = "L'objet de la demande est obligatoire.")
        @Size(max = 2000, message = "L'objet ne peut dépasser 2\u202F000 caractères.")
        String objet,
        @NotNull(message = "La date de réception est obligatoire.")
        LocalDate dateReception,
        LocalDate echeance,
        @Size(max = 200, message = "La référence externe ne peut dépasser 200 caractères.")
        String referenceExterne,
        @NotNull(message = "Les données propres au type d'avis sont obligatoires.")
        JsonNode donnees,
        /* the bassin of the dossier: optional for a user of one bassin, required of the regional role */
        String bassin) {

    /** A request without bassin: it goes to the bassin of the user who registers it. */
    public NouveauDossier(AvisType type, DemandeurSaisi demandeur, String objet, LocalDate dateReception,
            LocalDate echeance, String referenceExterne, JsonNode donnees) {
        this(type, demandeur, objet, dateReception, echeance, referenceExterne, donnees, null);
    }

    public record DemandeurSaisi(
            @NotBlank(message = "Le nom du demandeur est obligatoire.")
            @Size(max = 300, message = "Le nom du demandeur ne peut dépasser 300 caractères.")
            String nom,
            @NotNull(message = "La catégorie du demandeur est obligatoire.")
            CategorieDemandeur categorie,
            String bce,
            @Email(message = "L'adresse électronique du demandeur n'est pas valide.")
            @Size(max = 254, message = "L'adresse électronique ne peut dépasser 254 caractères.")
            String email,
            @Valid
            AdressePostale adresse) {

        /** An applicant without postal address. */
        public DemandeurSaisi(String nom, CategorieDemandeur categorie, String bce, String email) {
            this(nom, categorie, bce, email, null);
        }
    }
}
