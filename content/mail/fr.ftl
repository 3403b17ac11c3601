# E-mail texts (French). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Votre attestation selon le § 43 IfSG
certificate-body =
    Bonjour { $name },

    Vous avez terminé l'instruction selon le § 43 Abs. 1 de la loi sur la protection contre les infections (Infektionsschutzgesetz). Votre attestation est jointe à ce message en fichier PDF.

    Délivrée par : { $office }

    Code de l'attestation : { $code }
    Tout le monde peut vérifier l'attestation ici : { $verify_url }

    Votre attestation sous forme de page web, pour la lire, l'écouter à voix haute et l'imprimer (avec un code à usage unique) : { $view_url }

    Remettez l'attestation à votre employeur. Le premier jour de travail, l'attestation ne doit pas dater de plus de trois mois. Conservez bien le fichier.

reissue-subject = Nouvel exemplaire de votre attestation selon le § 43 IfSG
reissue-body =
    Bonjour { $name },

    Vous recevez en pièce jointe un nouvel exemplaire de votre attestation en fichier PDF. L'attestation elle-même n'a pas changé.

    Délivrée par : { $office }

    Code de l'attestation : { $code }
    Tout le monde peut vérifier l'attestation ici : { $verify_url }

    Votre attestation sous forme de page web, pour la lire, l'écouter à voix haute et l'imprimer (avec un code à usage unique) : { $view_url }

resume-subject = Votre lien vers l'instruction
resume-body =
    Bonjour { $name },

    avec ce lien, vous continuez votre instruction :
    { $link }

    Le lien ne fonctionne qu'une seule fois. Ne le donnez à personne.

pdf-code-subject = Votre code à usage unique pour l'attestation
pdf-code-body =
    Bonjour { $name },

    votre code à usage unique : { $one_time_code }

    Saisissez-le sur { $link } pour télécharger l'attestation { $code }. Le code n'est valable que peu de temps et une seule fois.

    Vous n'avez pas demandé de code ? Supprimez alors ce message.

footer = Ce message a été envoyé automatiquement. Pour toute question : { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Frais payés : { $amount } le { $date }, référence de paiement { $reference }.
fee-voucher = Frais réglés avec le bon { $reference }.
fee-waiver = Vous bénéficiez d'une exonération des frais.
fee-desk = Frais payés au service de santé publique : { $amount } le { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Votre code PIN pour le portefeuille numérique
wallet-pin-body =
    Bonjour { $name },

    votre code PIN pour l'attestation dans le portefeuille numérique : { $one_time_code }

    L'application du portefeuille demande ce code PIN quand vous scannez le code QR. Le code PIN est valable 15 minutes et une seule fois.

    Vous ne l'avez pas demandé ? Supprimez alors ce message.
