package be.ibefe.avis.bassin;

import org.springframework.data.jpa.repository.JpaRepository;

interface LogoBassinRepository extends JpaRepository<LogoBassin, String> {
}
