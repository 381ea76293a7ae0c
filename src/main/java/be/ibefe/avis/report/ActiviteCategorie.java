package be.ibefe.avis.report;

import be.ibefe.avis.dossier.CategorieDemandeur;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The activity counters of one category of applicants (CISP, ALE, companies...). */
public record ActiviteCategorie(CategorieDemandeur categorie, @JsonUnwrapped Compteurs compteurs) {
}
