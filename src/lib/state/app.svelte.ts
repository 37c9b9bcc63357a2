/**
 * The app's load → review → audit flow. Components read these fields and call these methods; only
 * this class talks to the data layer (through DataApi). Failures never clear what is loaded: a bad
 * file leaves the previous staged table and book in place and shows the data layer's error.
 */
import type { Book } from '$lib/core/book';
import type {
	AuditReport,
	ColumnMapping,
	DataError,
	DataSession,
	FieldOf,
	FileInput,
	LoadProgressEvent,
	MappingSuggestion,
	StagedTable,
	TableKind
} from '$lib/data';
import type { DataApi } from './data-api';
import { guessKinds } from './guess-kind';
import { fetchBytes, readFileBytes } from './read-bytes';

export interface Progress {
	label: string;
	fraction: number;
}

function internalError(file: string, cause: unknown): DataError {
	const detail = cause instanceof Error ? cause.message : String(cause);
	return { code: 'internal', file, row: null, column: null, message: detail };
}

export class AppState {
	staged = $state<Record<TableKind, StagedTable | null>>({ accounts: null, reps: null });
	review = $state<{
		accounts: MappingSuggestion<'accounts'> | null;
		reps: MappingSuggestion<'reps'> | null;
	}>({ accounts: null, reps: null });
	/** True while the user is looking at the mapping review (after a new file was staged). */
	reviewing = $state(false);
	progress = $state<Progress | null>(null);
	error = $state<DataError | null>(null);
	/** Non-blocking notes, e.g. "this looks like a reps file". */
	notices = $state<string[]>([]);
	busy = $state(false);
	book = $state.raw<Book | null>(null);
	audit = $state.raw<AuditReport | null>(null);

	private session: Promise<DataSession> | null = null;
	private queue: Promise<void> = Promise.resolve();
	private pending = 0;

	constructor(private api: DataApi) {}

	/** Planning needs a book whose audit has no fatal finding (warnings are fine). */
	get canPlan(): boolean {
		return this.book !== null && this.audit !== null && !this.audit.fatal;
	}

	private openSession(): Promise<DataSession> {
		this.session ??= this.api.openSession();
		return this.session;
	}

	/**
	 * Runs user actions one after another: picking the reps file while the accounts file is still
	 * loading queues it instead of dropping it. The error shown is cleared when an action is asked
	 * for, so a later success does not hide an earlier failure of the same batch.
	 */
	private run(label: string, task: () => Promise<void>): Promise<void> {
		this.error = null;
		this.pending++;
		this.busy = true;
		const next = this.queue.then(async () => {
			this.progress = { label, fraction: 0 };
			try {
				await task();
			} catch (cause) {
				this.error = internalError('', cause);
			} finally {
				this.progress = null;
				this.busy = --this.pending > 0;
			}
		});
		this.queue = next;
		return next;
	}

	private async stage(kind: TableKind, input: FileInput, from: number): Promise<boolean> {
		const session = await this.openSession();
		const onProgress = (p: LoadProgressEvent) => {
			this.progress = {
				label: `${input.name}: ${p.stage}`,
				fraction: from + (1 - from) * p.fraction
			};
		};
		const result = await session.stage(kind, input, onProgress);
		if (!result.ok) {
			this.error = result.error;
			return false;
		}
		this.staged[kind] = result.table;
		if (result.table.kindWarning) this.notices = [...this.notices, result.table.kindWarning];
		const columns = result.table.columns.map((c) => c.name);
		if (kind === 'accounts') this.review.accounts = this.api.suggestMapping('accounts', columns);
		else this.review.reps = this.api.suggestMapping('reps', columns);
		this.reviewing = true;
		return true;
	}

	/** Files dropped or picked by the user; `kind` null guesses from each file name. */
	loadFiles(files: File[], kind: TableKind | null = null): Promise<void> {
		return this.run('Reading', async () => {
			this.notices = [];
			const kinds = kind ? files.map(() => kind) : guessKinds(files.map((f) => f.name));
			for (let k = 0; k < files.length; k++) {
				const file = files[k];
				const bytes = await readFileBytes(file, (f) => {
					this.progress = { label: `${file.name}: reading`, fraction: 0.3 * f };
				});
				if (!(await this.stage(kinds[k], { name: file.name, bytes }, 0.3))) return;
			}
		});
	}

	/** The bundled sample, fetched from the page's own origin. */
	loadSample(urls: Record<TableKind, string>): Promise<void> {
		return this.run('Loading the sample', async () => {
			this.notices = [];
			for (const kind of ['accounts', 'reps'] as const) {
				const name = `${kind}.csv`;
				const bytes = await fetchBytes(urls[kind], (f) => {
					this.progress = { label: `${name}: downloading`, fraction: 0.3 * f };
				});
				if (!(await this.stage(kind, { name, bytes }, 0.3))) return;
			}
		});
	}

	setField<K extends TableKind>(kind: K, field: FieldOf<K>, column: string | null): void {
		const review = this.review[kind] as MappingSuggestion<K> | null;
		if (!review) return;
		const mapping = { ...review.mapping, [field]: column } as ColumnMapping<K>;
		const confidence = { ...review.confidence };
		delete confidence[field];
		(this.review[kind] as MappingSuggestion<K>) = { ...review, mapping, confidence };
	}

	/** Builds the book from the reviewed mappings; the previous book stays if this fails. */
	continue(): Promise<void> {
		return this.run('Building the book', async () => {
			const accounts = this.review.accounts;
			if (!this.staged.accounts || !accounts) {
				this.error = internalError('', 'Load an accounts file first.');
				return;
			}
			const session = await this.openSession();
			const result = await session.buildBook(
				{
					accounts: accounts.mapping,
					reps: this.staged.reps && this.review.reps ? this.review.reps.mapping : null
				},
				(p) => (this.progress = { label: `Building: ${p.stage}`, fraction: p.fraction })
			);
			if (!result.ok) {
				this.error = result.error;
				if (result.audit) this.audit = result.audit;
				return;
			}
			this.book = result.book;
			this.audit = result.audit;
			this.reviewing = false;
		});
	}

	dismissError(): void {
		this.error = null;
	}
}
