package be.ibefe.avis.notification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModeleLettreRepository extends JpaRepository<ModeleLettre, String> {
}
