# Page texts for learners (French), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Instruction selon le § 43 Infektionsschutzgesetz (loi sur la protection contre les infections)
machine-translation-notice = Cette traduction a été faite automatiquement et n'a pas été vérifiée. Seul le texte allemand fait foi.
machine-translation-link = Lire en allemand
skip-to-content = Aller au contenu
language-label = Langue
language-submit = Changer de langue
footer-accessibility = Accessibilité
footer-privacy = Protection des données
footer-imprint = Mentions légales
footer-verify = Vérifier une attestation

## Page d'accueil

start-heading = Instruction en ligne pour travailler avec des aliments
start-intro = Si, dans votre métier, vous fabriquez, traitez ou mettez sur le marché certains aliments, ou si vous travaillez dans les cuisines de restaurants, de cantines ou d'établissements similaires (§ 42, alinéas 1 et 2, de l'IfSG), il vous faut une attestation du service de santé publique avant votre premier jour de travail. Ici, vous faites l'instruction en ligne et vous recevez l'attestation tout de suite.
start-how-heading = Comment ça marche
start-step-videos = Vous regardez { $chapters } courtes vidéos avec sous-titres, en tout environ { $minutes } minutes.
start-step-quiz = Vous répondez à quelques questions sur les vidéos.
start-step-declaration = Vous déclarez que vous ne connaissez aucun motif d'interdiction de travailler.
start-step-certificate = Vous recevez l'attestation en fichier PDF.
start-bring-heading = Ce qu'il vous faut
start-bring = Votre carte d'identité ou votre passeport (pour écrire votre nom exactement), environ { $total } minutes de temps et du son ou des écouteurs.
start-cost-heading = Prix
start-cost = Le prix est fixé par votre service de santé publique. Vous le voyez quand vous avez choisi votre service de santé publique.
start-find-office = Trouver votre service de santé publique
postcode-label = Code postal de votre domicile
postcode-hint = 5 chiffres, par exemple 99999
postcode-search = Chercher le service de santé publique
postcode-invalid = Veuillez saisir un code postal de 5 chiffres.
postcode-none = Pour ce code postal, aucun service de santé publique ne propose l'instruction ici. Choisissez un service de santé publique dans la liste ou demandez à votre service de santé publique.
office-list-heading = Tous les services de santé publique
office-choose = Commencer l'instruction avec ce service de santé publique
office-not-in-language = Ce service de santé publique ne propose pas l'instruction dans votre langue.
resume-heading = Continuer
resume-text = Vous avez déjà commencé. Continuez là où vous en étiez.
resume-button = Continuer

## Données personnelles

enrol-heading = Vos données
enrol-intro = Écrivez votre nom comme sur votre carte d'identité ou votre passeport. Ces données figurent sur l'attestation.
enrol-office = Service de santé publique
given-name-label = Prénom(s)
family-name-label = Nom de famille
latin-intro = Seulement si votre nom est écrit dans un autre alphabet : votre nom en lettres latines, comme dans le passeport.
given-name-latin-label = Prénom(s) en lettres latines
family-name-latin-label = Nom de famille en lettres latines
birth-date-label = Date de naissance
birth-date-hint = Jour.Mois.Année, par exemple 31.12.1990 ou sans points 31121990
email-label = Adresse e-mail (facultatif)
email-hint = Nous vous envoyons alors l'attestation aussi par e-mail.
enrol-privacy = Le service de santé publique utilise vos données uniquement pour l'instruction et l'attestation.
enrol-submit = Continuer vers les vidéos
form-errors-heading = Veuillez vérifier vos données :
error-given-name = Veuillez indiquer votre prénom, comme sur votre carte d'identité.
error-family-name = Veuillez indiquer votre nom de famille, comme sur votre carte d'identité.
error-latin = Sur l'attestation, votre nom ne peut être imprimé qu'en lettres latines. Veuillez l'écrire aussi en lettres latines, comme dans votre passeport.
error-birth-date = Veuillez indiquer votre date de naissance ainsi : Jour.Mois.Année, par exemple 31.12.1990 ou 31121990.
error-birth-date-no-such-day = Ce jour n'existe pas. Veuillez vérifier le jour et le mois.
error-birth-date-two-digit-year = Veuillez écrire l'année avec quatre chiffres, par exemple 1990 au lieu de 90.
error-birth-date-future = Cette date est dans le futur. Veuillez vérifier l'année.
error-birth-date-too-young = L'instruction n'est possible qu'à partir de { $min } ans.
error-birth-date-implausible = Veuillez vérifier l'année : la date est trop ancienne.
error-name-character = Le caractère « { $character } » n'est pas autorisé dans un nom. Sont autorisés : les lettres, les espaces, l'apostrophe, le trait d'union et le point.
error-name-too-long = Le nom est trop long : au maximum { $max } caractères.
error-name-no-letter = Un nom doit contenir au moins une lettre.
error-title-prefix = Erreur :
error-email = Veuillez vérifier l'adresse e-mail, ou laissez le champ vide.
error-name-invisible = Le nom contient un caractère invisible ou un saut de ligne (par exemple un caractère de remplissage). Veuillez retaper le nom au lieu de le coller.
error-name-direction = Le nom contient un caractère de contrôle du sens d’écriture qui modifie l’affichage du nom. Veuillez retaper le nom.
error-name-joiner = Le nom contient un caractère de liaison invisible au mauvais endroit. Il n’est autorisé qu’entre deux lettres d’une écriture comme l’arabe, le persan ou l’hindi.
error-name-mixed-script = Un mot du nom mélange des lettres latines avec des lettres cyrilliques ou grecques qui leur ressemblent (par exemple М et M). Veuillez écrire chaque mot dans une seule écriture, comme dans votre passeport.
error-email-plain = Veuillez indiquer uniquement l’adresse e-mail elle-même, par exemple nom@exemple.fr : sans nom devant, sans chevrons, et avec un nom de domaine au lieu d’une adresse IP.

## Vue d'ensemble

course-heading = Votre instruction
course-progress = Vidéos regardées : { $done } sur { $total }
chapter-done = vidéo regardée
chapter-open = vidéo pas encore regardée
resume-link-heading = Continuer plus tard
resume-link-text = Avec ce lien, vous pouvez continuer plus tard, aussi sur un autre appareil. Ne le donnez à personne.
next-quiz = Continuer vers les questions
quiz-locked = Les questions s'ouvrent quand vous avez regardé toutes les vidéos.

## Chapitre

chapter-of = Chapitre { $number } sur { $total }
video-noscript = Pour que le visionnage soit compté, cette page a besoin de JavaScript. Veuillez activer JavaScript. Tout le reste fonctionne aussi sans.
video-status = Regardé : { $percent } %
video-status-done = Vous avez regardé cette vidéo en entier.
video-status-offline = Pas de connexion. Votre progression sera envoyée dès que la connexion reviendra.
video-hint = Regardez chaque vidéo en entier. Si vous avancez la vidéo, cette partie ne compte pas.
video-narrated-in = La vidéo est en { $narration }. Les sous-titres sont en { $captions }.
video-sign-language = Langue des signes (DGS)
chapter-text-heading = Le texte de la vidéo
chapter-next = Chapitre suivant
chapter-overview = Vers la vue d'ensemble

## Questions

quiz-heading = Questions sur l'instruction
quiz-intro = Répondez à { $count } questions. Pour certaines questions, plusieurs réponses sont justes : choisissez toutes les réponses justes. Vous réussissez avec { $percent } % de bonnes réponses.
quiz-start = Commencer les questions
quiz-question = Question { $number } sur { $count }
quiz-submit = Envoyer les réponses
quiz-passed = Réussi : { $score } sur { $count } réponses justes.
quiz-failed = Malheureusement pas réussi : { $score } sur { $count } réponses justes.
quiz-retry = Réessayer
quiz-attempts-left = Tentatives restantes : { $left }.
quiz-rewatch = Vous avez utilisé toutes les tentatives. Veuillez regarder encore une fois les vidéos. Ensuite, vous pourrez de nouveau répondre aux questions.
quiz-correct = Juste
quiz-wrong = Faux
quiz-next = Continuer vers la déclaration
quiz-choose-all = Choisissez toutes les réponses justes.
quiz-your-answer = Votre réponse
quiz-right-answer = La bonne réponse
quiz-no-answer = aucune réponse
quiz-next-question = Suivant
quiz-previous = Retour à la question précédente
quiz-to-review = Continuer vers vos réponses
quiz-review-heading = Vos réponses
quiz-review-intro = Vérifiez vos réponses. Avec « Modifier », vous revenez à la question. Ensuite, envoyez les réponses.
quiz-change = Modifier

## Déclaration

declaration-heading = Votre déclaration
declaration-confirm = Oui, je le déclare.
declaration-handover-heading = Veuillez maintenant passer l'appareil
declaration-handover = Vous avez moins de 18 ans. C'est pourquoi votre mère, votre père ou votre tuteur fait la déclaration pour vous (§ 43, alinéa 6, de l'IfSG). Veuillez maintenant donner l'appareil à cette personne.
declaration-handover-continue = Je suis la mère, le père ou le tuteur – continuer
declaration-carer-link = Un mandataire judiciaire (curateur ou tuteur d'un majeur protégé) fait la déclaration pour moi
declaration-representative-heading = Déclaration pour une autre personne
declaration-representative-intro = Vous faites la déclaration pour { $name }. Saisissez votre propre nom tel qu'il figure sur votre pièce d'identité.
declaration-representative-facts = Des faits justifiant une interdiction de travailler sont par exemple : une diarrhée avec plus de deux selles liquides par jour ; des vomissements ; une forte fièvre avec de fortes douleurs à la tête, au ventre ou aux articulations ; une peau jaune ou des yeux jaunes ; des plaies ou des zones de peau purulentes ou suintantes ; ou bien un médecin ou un laboratoire a détecté des salmonelles, des shigelles, des EHEC, des germes de la typhoïde ou du choléra, ou une hépatite A ou E. Si vous connaissez de tels faits concernant { $name }, ne faites pas la déclaration et adressez-vous au service de santé publique.
declaration-role-legend = Vous faites la déclaration en tant que
declaration-role-parent = Mère ou père titulaire de l'autorité parentale
declaration-role-guardian = Tuteur (désigné par le tribunal de la famille)
declaration-role-carer = Mandataire judiciaire (curateur ou tuteur d'un majeur protégé) ; vos missions comprennent cette déclaration
representative-given-name-label = Votre prénom
representative-family-name-label = Votre nom de famille
declaration-representative-next = Continuer vers la déclaration
declaration-german-heading = Texte allemand faisant foi
declaration-translation-heading = Traduction
error-role = Veuillez choisir en quelle qualité vous faites la déclaration.
error-representative-is-holder = Veuillez saisir votre propre nom : la déclaration est faite par la personne qui la fait pour une autre personne, et non par la personne ayant reçu l'instruction elle-même.
declaration-submit = Faire la déclaration et recevoir l'attestation
declaration-required = Veuillez confirmer la déclaration. Si vous connaissez des motifs d'interdiction de travailler, vous ne devez pas commencer ce travail : adressez-vous à votre service de santé publique.

## Terminé

done-heading = C'est fait ! Voici votre attestation.
done-code = Code de l'attestation
done-download = Télécharger l'attestation (PDF)
done-view = Afficher l'attestation sous forme de page web : pour la lecture à voix haute et pour l'impression
certificate-view-heading = Votre attestation
certificate-view-intro = C'est la même attestation que le fichier PDF, sous forme de page web pour la lecture à voix haute et pour l'impression. Chaque version peut être vérifiée avec le code.
done-mailed = Nous envoyons aussi l'attestation à { $email }.
done-employer = Donnez l'attestation à votre employeur. Le premier jour de travail, elle ne doit pas dater de plus de trois mois.
done-verify = Tout le monde peut vérifier l'attestation avec le code QR.

## Erreurs

error-heading = Cela n'a pas marché
error-not-found = Cette page n'existe pas.
error-session = Cette instruction a été commencée sur un autre appareil, ou le lien est incomplet. Ouvrez le lien que vous avez enregistré.
error-expired = Le formulaire est resté ouvert trop longtemps. Veuillez réessayer.
error-unavailable = Le service n'est pas disponible pour le moment. Vos données sont enregistrées. Veuillez réessayer dans quelques minutes.
error-too-many = Un très grand nombre d'inscriptions vient d'être lancé depuis votre connexion internet. Veuillez réessayer dans quelques minutes.
error-back = Retour à l'accueil

## Pages du service de santé publique

accessibility-heading = Déclaration d'accessibilité
privacy-heading = Informations sur la protection des données
imprint-heading = Mentions légales
accessibility-sign-language = Chapitres avec une vidéo en langue des signes allemande (DGS) : { $chapters }.
accessibility-sign-language-none = Aucun chapitre n'a encore de vidéo en langue des signes allemande (DGS).
imprint-pictures = Les images des vidéos proviennent d'OpenMoji (openmoji.org), sous licence CC BY-SA 4.0.
privacy-short-heading = L'essentiel en bref
privacy-short = { $office } traite votre nom, votre date de naissance, vos réponses et votre déclaration afin de vous instruire selon le § 43 de l'Infektionsschutzgesetz et de vous délivrer l'attestation. L'attestation est délivrée automatiquement lorsque vous avez regardé toutes les vidéos, réussi les questions et fait la déclaration. Toute personne qui connaît le code de l'attestation peut la vérifier et voit votre nom, votre date de naissance, la date de l'instruction et si l'attestation est valable. Une instruction non terminée est effacée après { $days } jours, une attestation après { $years } ans. Vous avez un droit d'accès, de rectification et de réclamation. Questions à : { $email }.
privacy-full-german = Les informations complètes sur la protection des données suivent en allemand ; ce sont elles qui font foi.
office-text-german = Le service de santé publique publie ce texte uniquement en allemand.
privacy-sections-heading = Les informations complètes sur la protection des données
privacy-section-previous = Section précédente
privacy-section-next = Section suivante
privacy-section-overview = Toutes les sections des informations sur la protection des données

## Links, access and the certificate by one-time code

resume-link-create = Créer un lien
resume-link-once = Le lien ne fonctionne qu'une seule fois et pendant { $days } jours.
resume-link-copy = Copier le lien
resume-link-copied = Copié
resume-link-mail = Envoyer un lien à mon adresse e-mail
resume-link-mailed = Nous avons envoyé un nouveau lien à votre adresse e-mail. Il ne fonctionne qu'une seule fois.
resume-link-no-address = Vous n'avez pas indiqué d'adresse e-mail. Créez le lien ici et notez-le.
resume-spent-heading = Ce lien n'est plus valable
resume-spent-text = Le lien a déjà été utilisé ou a expiré. Chaque lien ne fonctionne qu'une seule fois.
resume-spent-mail = Nous pouvons vous envoyer un nouveau lien à votre adresse e-mail.
resume-spent-mail-button = Envoyer un nouveau lien par e-mail
resume-spent-no-mail = Aucune adresse e-mail n'est enregistrée pour cette instruction. Ouvrez l'instruction dans le navigateur où vous l'avez commencée, ou contactez le service de santé.
resume-mailed = Nous avons envoyé un nouveau lien à votre adresse e-mail. Il ne fonctionne qu'une seule fois.
error-access-ended = Votre attestation a déjà été délivrée. Pour vous protéger, cet accès ne l'ouvre plus. Vous obtenez le PDF avec le code de l'attestation, votre date de naissance et un code à usage unique envoyé par e-mail.
pdf-heading = Télécharger l'attestation
pdf-intro = Saisissez le code de l'attestation et votre date de naissance. Nous envoyons un code à usage unique à l'adresse e-mail indiquée lors de l'inscription.
pdf-send = Envoyer le code à usage unique
pdf-sent = Si les données correspondent à une attestation avec adresse e-mail, nous y avons envoyé un code à usage unique. Il est valable { $minutes } minutes.
pdf-one-time-label = Code à usage unique reçu par e-mail
pdf-download = Télécharger le PDF
pdf-view = Afficher sous forme de page web : pour la lecture à voix haute ou pour l'impression
pdf-code-wrong = Le code à usage unique est faux ou n'est plus valable. Après 5 essais, il n'est plus valable : demandez-en alors un nouveau.
pdf-code-malformed = Veuillez vérifier le code de l'attestation : 16 caractères, par exemple ABCD-EFGH-JKMN-PQRS.
pdf-office = Pas d'adresse e-mail indiquée ? Le service de santé vous délivre un nouvel exemplaire.

## Verify page (/pruefen)

verify-title = Vérifier une attestation
verify-intro = Ici, le service de santé publique, les employeurs et le contrôle alimentaire vérifient une attestation selon le § 43, alinéa 1, de l'IfSG.
verify-enter-code = Code de l'attestation
verify-code-hint = 16 caractères, par exemple ABCD-EFGH-JKMN-PQRS
verify-check = Vérifier
verify-valid = Valable : cette attestation a été délivrée et n'a pas été déclarée non valable.
verify-revoked = Déclarée non valable : cette attestation n'est plus valable.
verify-unknown = Inconnu : il n'existe aucune attestation avec ce code.
verify-deleted = Effacée à l'expiration du délai de conservation : le service de santé publique a délivré une attestation portant ce code et a effacé ses données après le délai de conservation. L'attestation reste valable ; un duplicata n'est plus possible.
verify-deleted-revoked = Effacée à l'expiration du délai de conservation : cette attestation avait été déclarée non valable. Ses données ont été effacées après le délai de conservation.
verify-deleted-check = Le nom et la date de naissance ne sont plus enregistrés. Vérifiez l'identité de la personne à l'aide de la signature numérique du code QR (ci-dessous) et d'une pièce d'identité.
verify-issued-at = Délivrée le
verify-deleted-at = Effacée le
verify-typo = Faute de frappe : ce code ne peut pas exister. Comparez-le caractère par caractère.
verify-malformed = Ce n'est pas un code d'attestation (16 caractères, chiffres et lettres).
verify-holder = Titulaire
verify-latin-spelling = Orthographe du passeport (lettres latines)
verify-birth-date = Date de naissance
verify-instructed-at = Instruction le
verify-issuer = Délivrée par
verify-guardian = Déclaration faite par (§ 43, alinéa 6, de l'IfSG)
verify-revoked-at = Déclarée non valable le
verify-reason = Motif
verify-valid-until = Valable pour commencer le travail pour la première fois jusqu'au { $date } ; ensuite valable sans limite de durée.
verify-signature-heading = Signature numérique du code QR
verify-signature-noscript = Sans JavaScript, cette page vérifie l'inscription auprès du service de santé publique (ci-dessus). Avec JavaScript, elle vérifie aussi la signature du code QR.
verify-signature-none = Cette page a été ouverte sans code QR ; il n'y a pas de signature à vérifier.
verify-signature-checking = Vérification de la signature …
verify-signature-valid = La signature est authentique et correspond à cette attestation.
verify-signature-invalid = La signature n'est PAS valable : les données ont été modifiées ou ne viennent pas du service de santé publique.
verify-upload-heading = Vérifier un fichier PDF
verify-upload-hint = Vérifie si un fichier PDF est exactement tel que le service de santé publique l'a délivré.
verify-upload = Vérifier le fichier
verify-upload-exact = Ce fichier a été délivré exactement ainsi.
verify-upload-not-exact = Ce fichier n'a PAS été délivré ainsi (modifié, ou pour une autre attestation).
verify-upload-missing = Veuillez choisir un fichier PDF.
verify-language = Langue
verify-development-key = Clé de développement — non valable : cette attestation a été signée avec une clé de développement (test ou démonstration) et n'est pas une attestation valable du service de santé publique.
verify-signature-development = La signature provient d'une clé de développement — non valable. Une telle attestation n'est qu'un test.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Délivrée par erreur
verify-revocation-replaced = Remplacée par une nouvelle attestation
verify-revocation-obtained-by-deception = Obtenue par tromperie
verify-revocation-other = Autre motif

## Comment l'identité est vérifiée

identity-heading = Comment nous vérifions qui vous êtes
identity-intro = L'attestation indique votre nom. C'est pourquoi le service de santé publique vérifie que c'est bien vous. Choisissez comment :
identity-choose = Veuillez choisir comment vous prouvez votre identité.
identity-staff = Montrer une pièce d'identité au service de santé publique
identity-staff-needs = Vous suivez l'instruction en ligne maintenant. Ensuite, vous montrez votre carte d'identité, votre passeport ou votre titre de séjour au service de santé publique : sur place ou en appel vidéo. C'est seulement alors que vous recevez l'attestation.
identity-bundid = Avec la carte d'identité en ligne (BundID)
identity-bundid-needs = Il vous faut : votre carte d'identité avec la fonction en ligne, un smartphone avec NFC et votre code PIN à six chiffres. Vous recevez l'attestation tout de suite.
identity-none = Ce service de santé publique ne vérifie pas votre pièce d'identité. L'attestation n'est valable qu'avec une pièce d'identité officielle avec photo.
identity-bundid-login = Se connecter avec la carte d'identité en ligne
identity-or-typed = Ou saisissez vous-même vos données
identity-bundid-fixed = Votre nom et votre date de naissance viennent de votre carte d'identité en ligne. Vous ne pouvez pas les modifier ici.
bundid-refused-title = La connexion avec la carte d'identité en ligne n'a pas fonctionné
bundid-refused = Rien n'a été enregistré. Veuillez vous reconnecter.
bundid-too-low = Ce service de santé publique exige la carte d'identité en ligne. Votre connexion avait un niveau de sécurité plus bas. Veuillez vous connecter avec votre carte d'identité et son code PIN.
bundid-expired = Votre connexion a expiré. Veuillez vous reconnecter.
bundid-again = Se reconnecter
pending-heading = Presque terminé : montrez votre pièce d'identité
pending-intro = Votre déclaration est enregistrée. Le service de santé publique délivre l'attestation dès qu'il a vérifié votre pièce d'identité. Donnez alors votre numéro de dossier.
pending-case = Votre numéro de dossier
pending-office = Pour continuer avec le service de santé publique :
pending-booking = Réserver un appel vidéo
pending-rejected = Le service de santé publique n'a pas pu confirmer votre identité. Veuillez contacter le service de santé publique.

## Fees
fee-free = L'instruction est gratuite.
fee-before-course = L'instruction coûte { $amount }. Vous payez avant le cours.
fee-before-certificate = L'instruction coûte { $amount }. Vous payez après l'instruction, avant de recevoir l'attestation.
fee-heading = Payer les frais
fee-intro-course = L'instruction coûte { $amount }. Veuillez d'abord payer. Ensuite, le cours commence.
fee-intro-certificate = Votre déclaration est enregistrée. L'instruction coûte { $amount }. Dès que vous avez payé, vous recevez votre attestation.
fee-online-heading = Payer en ligne
fee-online-text = Vous payez sur le service de paiement du Land (État fédéré), par exemple par carte de crédit, PayPal ou par votre banque. Ensuite, vous revenez ici.
fee-online-button = Payer { $amount } maintenant
fee-online-missing = Ce service de santé publique ne propose pas encore le paiement en ligne. Payez avec un bon ou au service de santé publique.
fee-payment-open = Votre paiement n'est pas encore terminé. Si vous avez déjà payé, attendez un moment, puis rechargez cette page.
fee-payment-cancelled = Le paiement a été annulé. Vous pouvez réessayer.
fee-payment-failed = Le paiement n'a pas marché. Vous pouvez réessayer ou payer autrement.
fee-unavailable = Le service de paiement n'est pas disponible pour le moment. Veuillez réessayer dans quelques minutes. Vos données restent enregistrées.
fee-not-offered = Ce service de santé publique ne propose pas cette possibilité.
fee-voucher-heading = Payer avec un bon
fee-voucher-label = Code du bon (par exemple ABCD-EFGH-JKMN)
fee-voucher-button = Utiliser le bon
fee-voucher-invalid = Ce bon n'est pas valable. Il est inconnu, déjà utilisé ou expiré.
fee-voucher-typo = Le code contient une faute de frappe. Vérifiez chaque caractère.
fee-waiver-heading = Exonération des frais
fee-waiver-text = Le service de santé publique accorde une exonération des frais pour :
fee-waiver-volunteer = un travail bénévole, par exemple dans une association ou à la Tafel (banque alimentaire)
fee-waiver-internship = un stage scolaire
fee-waiver-benefits = les personnes qui reçoivent le Bürgergeld (revenu citoyen), la Sozialhilfe (aide sociale) ou les Asylbewerberleistungen (prestations pour demandeurs d'asile)
fee-waiver-reason = Motif court, par exemple le nom de l'association ou de l'école
fee-waiver-button = Demander l'exonération
fee-waiver-staff-note = Le service de santé publique examine votre demande. Il peut demander un justificatif.
fee-waiver-choose = Veuillez choisir le motif de l'exonération.
fee-waiver-reason-missing = Veuillez écrire un motif court ({ $max } caractères au maximum).
fee-waiver-pending = Votre demande d'exonération est enregistrée. Le service de santé publique l'examine. Revenez plus tard sur cette page.
fee-waiver-refused = Le service de santé publique n'a pas accordé l'exonération. Veuillez payer les frais.
fee-desk = Vous pouvez aussi payer les frais au service de santé publique.
done-fee-online = Payé : { $amount } le { $date }, référence de paiement { $reference }.
done-fee-voucher = Payé avec le bon { $reference } le { $date }.
done-fee-waiver = Exonération des frais le { $date }.
done-fee-desk = Payé au service de santé publique : { $amount } le { $date }.

## Wallet
wallet-credential-name = Attestation selon le § 43 Infektionsschutzgesetz (loi sur la protection contre les infections)
wallet-claim-given_name = Prénom
wallet-claim-family_name = Nom de famille
wallet-claim-birthdate = Date de naissance
wallet-claim-instructed_on = Date de l'instruction
wallet-claim-issuing_authority = Service de santé publique
wallet-claim-certificate_code = Code de l'attestation
wallet-claim-identity_check = Vérification de l'identité
wallet-claim-given_name_latin = Prénom en lettres latines
wallet-claim-family_name_latin = Nom de famille en lettres latines
wallet-heading = L'attestation dans votre portefeuille numérique
wallet-what = Un portefeuille numérique (wallet) est une application sur le téléphone pour vos justificatifs, par exemple l'EUDI-Wallet. Vous pouvez y enregistrer l'attestation et la montrer à votre employeur ou au contrôle alimentaire.
wallet-pdf-stays = Vous n'avez pas besoin de portefeuille numérique : l'attestation en PDF est aussi valable sans portefeuille.
wallet-button = Ajouter l'attestation au portefeuille numérique
wallet-offer-heading = Ajouter au portefeuille numérique
wallet-offer-scan = Scannez ce code avec l'application de votre portefeuille. Si le portefeuille est sur ce téléphone, appuyez sur le bouton.
wallet-offer-qr = Code QR pour le portefeuille numérique
wallet-offer-open = Ouvrir le portefeuille sur ce téléphone
wallet-offer-pin = Le portefeuille demande un code PIN. Votre code PIN :
wallet-offer-pin-mailed = Le portefeuille demande un code PIN. Nous vous l'avons envoyé par e-mail à { $email }.
wallet-offer-expiry = Le code et le code PIN sont valables 15 minutes et une seule fois. Ensuite, vous en recevez de nouveaux ici.
wallet-offer-back = Retour à l'attestation
wallet-check-heading = Vérifier une attestation depuis un portefeuille numérique
wallet-check-intro = Pour les employeurs et le contrôle alimentaire : la personne montre l'attestation depuis son portefeuille numérique. Pour cela, le portefeuille a besoin de ce destinataire et de cette valeur à usage unique.
wallet-check-audience = Destinataire
wallet-check-nonce = Valeur à usage unique
wallet-check-label = Justificatif du portefeuille (SD-JWT avec Key-Binding-JWT)
wallet-check-button = Vérifier
wallet-check-valid = Valable : signé par le service de santé publique, non révoqué et présenté avec le portefeuille de la personne.
wallet-check-revoked = Révoquée : cette attestation n'est plus valable.
wallet-check-development = Signé avec une clé de test : ce n'est pas un justificatif valable.
wallet-check-claims = Données présentées
wallet-check-office = Délivrée par
wallet-check-again = Vérifier un autre justificatif
wallet-check-invalid-form = Non valable : ce n'est pas un justificatif complet d'un portefeuille numérique.
wallet-check-invalid-signature = Non valable : la signature ne correspond pas, ou l'émetteur n'est pas un service de santé publique qui utilise ce site.
wallet-check-invalid-disclosure = Non valable : une donnée a été modifiée.
wallet-check-invalid-binding = Non valable : le justificatif n'a pas été présenté avec le portefeuille de la personne.
wallet-check-invalid-audience = Non valable : la valeur à usage unique est inconnue, expirée ou déjà utilisée. Rechargez la page et présentez à nouveau le justificatif.
wallet-check-invalid-time = Non valable : le justificatif est trop ancien. Présentez-le à nouveau.
