package be.ibefe.avis.report;

import be.ibefe.avis.bassin.AvisType;

/**
 * How many notified dossiers of a type took that many calendar days from their reception to the Belgian day of their
 * notification, and whether that day was after their deadline.
 */
record DelaisNotifies(AvisType type, long jours, boolean enRetard, long nombre) {
}
