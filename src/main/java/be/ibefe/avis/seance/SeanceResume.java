package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import java.time.LocalDate;

public record SeanceResume(Long id, Chambre chambre, String chambreLibelle, LocalDate date, String lieu,
        StatutSeance statut, ProcesVerbalView procesVerbal) {
}
