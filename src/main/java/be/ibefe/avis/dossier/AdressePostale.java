package be.ibefe.avis.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The applicant's postal address in Belgium, where a letter « à poster » goes: the street and number, the 4-digit
 * postal code, the locality. Optional as a whole; once given, each part is required. The same record is read from a
 * request, stored with the dossier and shown by the API.
 */
@Embeddable
public record AdressePostale(
        @Column(name = "demandeur_rue")
        @NotBlank(message = "La rue et le numéro sont obligatoires dans une adresse postale.")
        @Size(max = RUE_MAX, message = "La rue et le numéro ne peuvent dépasser " + RUE_MAX + " caractères.")
        String rue,
        @Column(name = "demandeur_code_postal")
        @NotNull(message = "Le code postal est obligatoire dans une adresse postale.")
        @Pattern(regexp = "[1-9][0-9]{3}", message = "Le code postal belge compte 4 chiffres, de 1000 à 9999 (ex. 4000).")
        String codePostal,
        @Column(name = "demandeur_localite")
        @NotBlank(message = "La localité est obligatoire dans une adresse postale.")
        @Size(max = LOCALITE_MAX, message = "La localité ne peut dépasser " + LOCALITE_MAX + " caractères.")
        String localite) {

    public static final int RUE_MAX = 200;
    public static final int LOCALITE_MAX = 100;

    /** The address as typed, without the spaces around each part. */
    AdressePostale nettoyee() {
        return new AdressePostale(rue.trim(), codePostal.trim(), localite.trim());
    }

    /** The lines of the address on an envelope: « Rue de la Station 12 », « 4000 Liège ». */
    public List<String> lignes() {
        return List.of(rue, codePostal + " " + localite);
    }
}
