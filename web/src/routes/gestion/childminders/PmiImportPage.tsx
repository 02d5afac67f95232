import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Input,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { childminderKeys } from '../../../api/childminders.js';
import { ApiError, errorMessage, fieldErrors } from '../../../api/client.js';
import {
  applyPmiImport,
  MAX_FILE_BYTES,
  previewPmiImport,
  readAsBase64,
  type PmiApplyResult,
  type PmiFile,
  type PmiMapping,
  type PmiPreview,
} from '../../../api/pmi-import.js';
import { ErrorAlert } from '../../../components/feedback.js';
import { AnchorLink, ButtonLink } from '../../../components/links.js';
import { formatNumber, plural } from '../../../lib/format.js';
import { StaffPage } from '../context.js';
import {
  ArchiveTable,
  CreateTable,
  ReactivateTable,
  RejectedTable,
  UnchangedTable,
  UpdateTable,
} from './PmiPreviewTables.js';
import { rememberedSearch } from './search.js';
import { focusSoon } from './shared.js';

/** "/gestion/assistants-maternels/import": the PMI's list of agréments, previewed, then applied on purpose. */
export function PmiImportPage() {
  return (
    <StaffPage title="Importer la liste de la PMI" action="childminders.manage">
      {(relaisId) => <PmiImport relaisId={relaisId} />}
    </StaffPage>
  );
}

const FILE_ID = 'pmi-fichier';
const PREVIEW_ID = 'pmi-apercu';
const APPLY_ERROR_ID = 'pmi-erreur-application';
const RESULT_ID = 'pmi-resultat';
const MAPPING_FIELDS_ID = 'pmi-colonnes';
const SECTION_TITLE = { order: 2, fz: 'h3' } as const;
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
/** Orange tints for a warning, with its title in the text colour: orange text on them fails WCAG AA. */
const WARNING_STYLES = { title: { color: 'var(--mantine-color-text)' } };

type Mapping = Record<string, string | null>;

function PmiImport({ relaisId }: { relaisId: string }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<PmiFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<PmiPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [archiveMissing, setArchiveMissing] = useState(false);
  const [result, setResult] = useState<PmiApplyResult | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const previewer = useMutation({
    mutationFn: (request: { file: PmiFile; mapping?: PmiMapping }) =>
      previewPmiImport(relaisId, request.file, request.mapping),
    onSuccess: (data) => {
      setPreview(data);
      setMapping({ ...data.mapping });
      setResult(null);
      applier.reset();
      focusSoon(PREVIEW_ID);
    },
  });
  const applier = useMutation({
    mutationFn: (request: { file: PmiFile; preview: PmiPreview; archiveMissing: boolean }) =>
      applyPmiImport(relaisId, request.file, request.preview, request.archiveMissing),
    onSuccess: async (data) => {
      setResult(data);
      focusSoon(RESULT_ID);
      await queryClient.invalidateQueries({ queryKey: childminderKeys.all(relaisId) });
    },
    onError: () => focusSoon(APPLY_ERROR_ID),
  });

  /** Forgets everything about the previous file (its preview, its mapping, its result). */
  const forget = () => {
    setPreview(null);
    setMapping({});
    setArchiveMissing(false);
    setResult(null);
    previewer.reset();
    applier.reset();
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    forget();
    setFile(null);
    setFileError(null);
    if (!chosen) return;
    if (chosen.size === 0) {
      setFileError('Le fichier est vide : choisissez la liste exportée par la PMI.');
      return;
    }
    if (chosen.size > MAX_FILE_BYTES) {
      setFileError('Le fichier dépasse 10 Mo : envoyez la liste au format .xlsx ou .csv, sans images.');
      return;
    }
    setReading(true);
    try {
      setFile({ fileName: chosen.name, contentBase64: await readAsBase64(chosen) });
    } catch {
      setFileError('Le fichier n’a pas pu être lu : vérifiez qu’il n’est pas ouvert dans un autre logiciel.');
    } finally {
      setReading(false);
    }
  };

  const submitFile = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError('Choisissez le fichier de la PMI.');
      focusSoon(FILE_ID);
      return;
    }
    forget();
    previewer.mutate({ file });
  };

  const previewAgain = (chosenMapping: Mapping) => {
    if (!file) return;
    applier.reset();
    previewer.mutate({ file, mapping: chosenMapping });
  };

  const startOver = () => {
    forget();
    setFile(null);
    setFileError(null);
    setInputKey((k) => k + 1);
    focusSoon(FILE_ID);
  };

  const errors = fieldErrors(previewer.error);
  const shownFileError = fileError ?? errors.contentBase64 ?? errors.fileName ?? null;
  const otherPreviewError =
    previewer.error && !errors.contentBase64 && !errors.fileName && !Object.keys(errors).some(isMappingField)
      ? previewer.error
      : null;

  return (
    <Stack gap="lg">
      <div>
        <AnchorLink to="/gestion/assistants-maternels" search={rememberedSearch()}>
          ← Retour au registre
        </AnchorLink>
      </div>
      <Text>
        La PMI transmet la liste des assistant·es maternel·les agréé·es (fichier Excel ou CSV). Relais compare chaque
        ligne au registre et vous montre ce qui sera créé, mis à jour ou archivé, et les lignes refusées avec leur
        motif. <strong>Rien n’est modifié tant que vous n’avez pas cliqué sur « Appliquer ».</strong> Importer deux fois
        le même fichier ne change rien.
      </Text>

      <Card withBorder padding="md" component="section" aria-labelledby="pmi-etape-fichier">
        <form noValidate onSubmit={submitFile}>
          <Stack gap="md">
            <Title id="pmi-etape-fichier" {...SECTION_TITLE}>
              1. Fichier de la PMI
            </Title>
            <Input.Wrapper
              id={FILE_ID}
              label="Fichier de la liste des agréments"
              description="Classeur Excel (.xlsx) ou fichier CSV (séparateur point-virgule, virgule ou tabulation), 10 Mo au plus. La première ligne reconnue comme ligne d’en-têtes donne les colonnes."
              error={shownFileError}
              required
            >
              <input
                key={inputKey}
                id={FILE_ID}
                type="file"
                accept={ACCEPT}
                required
                aria-describedby={`${FILE_ID}-description${shownFileError ? ` ${FILE_ID}-error` : ''}`}
                aria-invalid={shownFileError ? true : undefined}
                onChange={(event) => void chooseFile(event)}
                style={{ display: 'block', width: '100%', marginTop: 6, fontSize: 'var(--mantine-font-size-sm)' }}
              />
            </Input.Wrapper>
            <Group>
              <Button type="submit" loading={reading || previewer.isPending} disabled={reading}>
                Afficher l’aperçu
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      <div aria-live="polite" className="visually-hidden">
        {previewer.isPending ? 'Lecture du fichier et comparaison avec le registre…' : ''}
      </div>
      {otherPreviewError && <ErrorAlert error={otherPreviewError} title="L’aperçu n’a pas pu être établi" />}

      {result ? (
        <ResultCard result={result} onStartOver={startOver} />
      ) : (
        preview &&
        file && (
          <>
            <MappingCard
              preview={preview}
              mapping={mapping}
              errors={errors}
              pending={previewer.isPending}
              onChange={(field, column) => setMapping((prev) => ({ ...prev, [field]: column }))}
              onSubmit={() => previewAgain(mapping)}
            />
            <PreviewCard
              key={JSON.stringify(preview.counts) + JSON.stringify(preview.mapping)}
              preview={preview}
              archiveMissing={archiveMissing}
              onArchiveMissing={setArchiveMissing}
            />
            <ApplyCard
              preview={preview}
              archiveMissing={archiveMissing}
              mappingChanged={mappingChanged(preview, mapping)}
              pending={applier.isPending}
              error={applier.error}
              previewPending={previewer.isPending}
              onApply={() => applier.mutate({ file, preview, archiveMissing })}
              onPreviewAgain={() => previewAgain(preview.mapping)}
            />
          </>
        )
      )}
    </Stack>
  );
}

const isMappingField = (field: string) => field.startsWith('mapping.');

function mappingChanged(preview: PmiPreview, mapping: Mapping): boolean {
  return preview.fields.some(({ field }) => (mapping[field] ?? null) !== (preview.mapping[field] ?? null));
}

// ---------------------------------------------------------------------------------------------
// 2. The columns

function MappingCard(props: {
  preview: PmiPreview;
  mapping: Mapping;
  errors: Record<string, string>;
  pending: boolean;
  onChange: (field: string, column: string | null) => void;
  onSubmit: () => void;
}) {
  const { preview, mapping } = props;
  const [opened, setOpened] = useState(false);
  const missing = new Set(preview.missingColumns.map((m) => m.field));
  const changed = mappingChanged(preview, mapping);
  // Open by itself when something must be corrected; otherwise a summary, the selects on demand.
  const mustOpen = missing.size > 0 || changed || Object.keys(props.errors).some(isMappingField);
  const expanded = opened || mustOpen;
  const found = preview.fields.filter(({ field }) => preview.mapping[field]);
  const options = [
    { value: '', label: '— Absente du fichier —' },
    ...preview.headers.map((header) => ({ value: header, label: header })),
  ];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="pmi-etape-colonnes">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <Stack gap="md">
          <Title id="pmi-etape-colonnes" {...SECTION_TITLE}>
            2. Correspondance des colonnes
          </Title>
          <Text size="sm">
            {plural(preview.headers.length, 'colonne trouvée', 'colonnes trouvées')} (ligne d’en-têtes n°{'\u00a0'}
            {preview.headerRow}). La colonne qui contient chaque information du registre a été devinée d’après son titre
            : vérifiez-la, corrigez-la si besoin, puis relancez l’aperçu.
          </Text>
          {found.length > 0 && (
            <Text size="sm">
              Informations reconnues :{' '}
              {found.map(({ field, label }) => `${label} (« ${preview.mapping[field]} »)`).join(', ')}.
            </Text>
          )}
          {!mustOpen && (
            <Group>
              <Button
                variant="default"
                aria-expanded={expanded}
                aria-controls={MAPPING_FIELDS_ID}
                onClick={() => setOpened((value) => !value)}
              >
                Voir et modifier la correspondance des colonnes
              </Button>
            </Group>
          )}
          <Stack gap="md" id={MAPPING_FIELDS_ID} hidden={!expanded}>
            {expanded && (
              <>
                <Text size="sm">
                  Les informations marquées d’un astérisque (*) sont obligatoires, ainsi que la commune ou son code
                  INSEE.
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                  {preview.fields.map(({ field, label, required }) => (
                    <NativeSelect
                      key={field}
                      id={`pmi-colonne-${field}`}
                      label={label}
                      required={required}
                      description={
                        field === 'communeName' || field === 'inseeCode'
                          ? 'La commune ou son code INSEE : l’un des deux au moins.'
                          : undefined
                      }
                      data={options}
                      value={mapping[field] ?? ''}
                      onChange={(event) => props.onChange(field, event.currentTarget.value || null)}
                      error={
                        props.errors[`mapping.${field}`] ??
                        (missing.has(field) && !mapping[field]
                          ? 'Choisissez la colonne qui contient cette information.'
                          : null)
                      }
                    />
                  ))}
                </SimpleGrid>
                <Group gap="md">
                  <Button type="submit" variant={changed ? 'filled' : 'default'} loading={props.pending}>
                    Relancer l’aperçu avec ces colonnes
                  </Button>
                  {changed && (
                    <Text size="sm" fw={600}>
                      Correspondance modifiée : relancez l’aperçu pour en voir l’effet.
                    </Text>
                  )}
                </Group>
              </>
            )}
          </Stack>
        </Stack>
      </form>
    </Card>
  );
}

// ---------------------------------------------------------------------------------------------
// 3. The preview

type Outcome = 'create' | 'update' | 'reactivate' | 'archive' | 'unchanged' | 'rejected';

const OUTCOME_LABELS: Record<Outcome, string> = {
  create: 'À créer',
  update: 'À mettre à jour',
  reactivate: 'À réactiver',
  archive: 'À archiver',
  unchanged: 'Sans changement',
  rejected: 'Lignes refusées',
};

function PreviewCard(props: {
  preview: PmiPreview;
  archiveMissing: boolean;
  onArchiveMissing: (value: boolean) => void;
}) {
  const { preview } = props;
  const c = preview.counts;
  const outcomes: Outcome[] = ['create', 'update', ...(c.reactivate > 0 ? ['reactivate' as const] : []), 'archive'];
  outcomes.push('unchanged', 'rejected');
  const [tab, setTab] = useState<Outcome>(() => outcomes.find((o) => c[o] > 0) ?? 'create');
  const valid = c.create + c.update + c.reactivate + c.unchanged;
  const ready = preview.missingColumns.length === 0;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={PREVIEW_ID}>
      <Stack gap="md">
        <Title id={PREVIEW_ID} tabIndex={-1} {...SECTION_TITLE}>
          3. Aperçu : ce que l’import fera
        </Title>
        <Text size="sm">
          Fichier « {preview.fileName} » : {plural(c.rows, 'ligne lue', 'lignes lues')}. Rien n’a encore été modifié.
        </Text>
        {preview.warnings.length > 0 && (
          <Alert color="orange" variant="light" title="À vérifier avant d’appliquer" styles={WARNING_STYLES}>
            <List size="sm" spacing={4}>
              {preview.warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {ready && (
          <>
            <SimpleGrid
              component="ul"
              cols={{ base: 2, xs: 3, md: outcomes.length }}
              spacing="sm"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              aria-label="Résumé de l’aperçu"
            >
              {outcomes.map((outcome) => (
                <Card key={outcome} component="li" withBorder padding="sm" bg="gray.0">
                  <Text fz={26} fw={700} lh={1.2}>
                    {formatNumber(c[outcome])}
                  </Text>
                  <Text size="sm">{OUTCOME_LABELS[outcome]}</Text>
                </Card>
              ))}
            </SimpleGrid>

            {c.archive > 0 && (
              <Checkbox
                checked={props.archiveMissing}
                onChange={(event) => props.onArchiveMissing(event.currentTarget.checked)}
                disabled={valid === 0}
                label={`Archiver les ${plural(c.archive, 'fiche active absente', 'fiches actives absentes')} du fichier`}
                description={
                  valid === 0
                    ? 'Impossible : aucune ligne du fichier n’est valide. Vérifiez le fichier et la correspondance des colonnes.'
                    : 'À cocher seulement si le fichier est la liste complète des agréments en cours : ces fiches seront archivées aujourd’hui avec le motif « Retrait ou non-renouvellement de l’agrément ». Sinon elles restent actives.'
                }
              />
            )}

            <Tabs value={tab} onChange={(value) => value && setTab(value as Outcome)} keepMounted={false}>
              <Tabs.List>
                {outcomes.map((outcome) => (
                  <Tabs.Tab key={outcome} value={outcome}>
                    {OUTCOME_LABELS[outcome]} ({formatNumber(c[outcome])})
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="create" pt="md">
                <CreateTable rows={preview.create} />
              </Tabs.Panel>
              <Tabs.Panel value="update" pt="md">
                <UpdateTable rows={preview.update} />
              </Tabs.Panel>
              {c.reactivate > 0 && (
                <Tabs.Panel value="reactivate" pt="md">
                  <ReactivateTable rows={preview.reactivate} />
                </Tabs.Panel>
              )}
              <Tabs.Panel value="archive" pt="md">
                <ArchiveTable rows={preview.archive} archiveMissing={props.archiveMissing} />
              </Tabs.Panel>
              <Tabs.Panel value="unchanged" pt="md">
                <UnchangedTable rows={preview.unchanged} />
              </Tabs.Panel>
              <Tabs.Panel value="rejected" pt="md">
                <RejectedTable rows={preview.rejected} />
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </Stack>
    </Card>
  );
}

// ---------------------------------------------------------------------------------------------
// 4. Applying it

/** "1 création, 3 mises à jour, 2 archivages": what applying will do. */
function plannedChanges(preview: PmiPreview, archiveMissing: boolean): string[] {
  const c = preview.counts;
  return [
    c.create > 0 ? plural(c.create, 'création') : null,
    c.update > 0 ? plural(c.update, 'mise à jour', 'mises à jour') : null,
    c.reactivate > 0 ? plural(c.reactivate, 'réactivation') : null,
    archiveMissing && c.archive > 0 ? plural(c.archive, 'archivage') : null,
  ].filter((part): part is string => part !== null);
}

function ApplyCard(props: {
  preview: PmiPreview;
  archiveMissing: boolean;
  mappingChanged: boolean;
  pending: boolean;
  error: unknown;
  previewPending: boolean;
  onApply: () => void;
  onPreviewAgain: () => void;
}) {
  const { preview } = props;
  const c = preview.counts;
  const planned = plannedChanges(preview, props.archiveMissing);
  const conflict = props.error instanceof ApiError && props.error.status === 409;

  let body: ReactNode;
  if (preview.missingColumns.length > 0) {
    body = (
      <Text size="sm">
        Indiquez d’abord les colonnes obligatoires ({preview.missingColumns.map((m) => m.label).join(', ')}) puis
        relancez l’aperçu.
      </Text>
    );
  } else if (props.mappingChanged) {
    body = (
      <Text size="sm">
        Vous avez modifié la correspondance des colonnes : relancez l’aperçu et vérifiez-le avant d’appliquer l’import.
      </Text>
    );
  } else if (planned.length === 0) {
    body = (
      <Alert color="relais" variant="light" title="Rien à appliquer">
        <Text size="sm">
          Le registre est déjà à jour pour ce fichier : aucune fiche à créer, à mettre à jour ou à réactiver
          {c.archive > 0 && !props.archiveMissing ? ', et l’archivage des fiches absentes n’est pas demandé' : ''}.
          {c.rejected > 0 ? ` ${plural(c.rejected, 'ligne refusée reste', 'lignes refusées restent')} à corriger.` : ''}
        </Text>
      </Alert>
    );
  } else {
    body = (
      <>
        <Text size="sm">
          L’import s’applique en une seule fois : tout ou rien.
          {c.rejected > 0
            ? ` ${plural(c.rejected, 'ligne refusée est laissée', 'lignes refusées sont laissées')} de côté : corrigez-les dans le fichier puis importez-le de nouveau.`
            : ''}
          {c.archive > 0 && !props.archiveMissing
            ? ` ${plural(c.archive, 'fiche absente du fichier reste active', 'fiches absentes du fichier restent actives')}.`
            : ''}
        </Text>
        <Group>
          <Button onClick={props.onApply} loading={props.pending} disabled={props.previewPending}>
            Appliquer : {planned.join(', ')}
          </Button>
        </Group>
      </>
    );
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="pmi-etape-appliquer">
      <Stack gap="md">
        <Title id="pmi-etape-appliquer" {...SECTION_TITLE}>
          4. Appliquer l’import
        </Title>
        {conflict ? (
          <Alert
            id={APPLY_ERROR_ID}
            tabIndex={-1}
            color="red"
            variant="light"
            title="Le registre a changé depuis l’aperçu"
          >
            <Stack gap="sm">
              <Text size="sm">
                Rien n’a été appliqué : une fiche a été créée, modifiée ou archivée depuis que l’aperçu a été établi.
                Relancez l’aperçu pour voir ce que l’import fera maintenant, vérifiez-le, puis appliquez-le.
              </Text>
              <Group>
                <Button onClick={props.onPreviewAgain} loading={props.previewPending}>
                  Relancer l’aperçu
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : props.error ? (
          <Alert id={APPLY_ERROR_ID} tabIndex={-1} color="red" variant="light" title="L’import n’a pas été appliqué">
            <Text size="sm">{errorMessage(props.error)} Rien n’a été modifié.</Text>
          </Alert>
        ) : null}
        {!conflict && body}
      </Stack>
    </Card>
  );
}

function ResultCard({ result, onStartOver }: { result: PmiApplyResult; onStartOver: () => void }) {
  const lines = [
    plural(result.created, 'fiche créée', 'fiches créées'),
    plural(result.updated, 'fiche mise à jour', 'fiches mises à jour'),
    result.reactivated > 0 ? plural(result.reactivated, 'fiche réactivée', 'fiches réactivées') : null,
    result.archived > 0 ? plural(result.archived, 'fiche archivée', 'fiches archivées') : null,
    plural(result.unchanged, 'fiche déjà à jour', 'fiches déjà à jour'),
    result.rejected > 0
      ? plural(result.rejected, 'ligne refusée laissée de côté', 'lignes refusées laissées de côté')
      : null,
    result.notArchived > 0
      ? plural(
          result.notArchived,
          'fiche absente du fichier reste active',
          'fiches absentes du fichier restent actives',
        )
      : null,
  ].filter((line): line is string => line !== null);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={RESULT_ID}>
      <Stack gap="md">
        <Title id={RESULT_ID} tabIndex={-1} {...SECTION_TITLE}>
          Import appliqué
        </Title>
        <Alert color="relais" variant="light" role="status" title="Le registre a été mis à jour">
          <List size="sm" spacing={2}>
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Alert>
        <Text size="sm">
          L’historique de chaque fiche indique « import de la liste de la PMI », et le journal d’audit garde la trace de
          cet import.
        </Text>
        <Group gap="sm">
          <ButtonLink to="/gestion/assistants-maternels" search={rememberedSearch()}>
            Voir le registre
          </ButtonLink>
          <Button variant="default" onClick={onStartOver}>
            Importer un autre fichier
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
