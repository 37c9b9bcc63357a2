/** Builds a MipProblem column by column (rows declared first), for small hand-made models. */
import type { MipProblem } from './mip-solver';

export class CscBuilder {
	private rowLo: number[] = [];
	private rowHi: number[] = [];
	private cost: number[] = [];
	private lo: number[] = [];
	private hi: number[] = [];
	private int: number[] = [];
	private starts: number[] = [0];
	private idx: number[] = [];
	private val: number[] = [];

	addRow(lo: number, hi: number): number {
		this.rowLo.push(lo);
		this.rowHi.push(hi);
		return this.rowLo.length - 1;
	}

	addCol(
		cost: number,
		lo: number,
		hi: number,
		integer: boolean,
		rows: number[],
		vals: number[]
	): number {
		this.cost.push(cost);
		this.lo.push(lo);
		this.hi.push(hi);
		this.int.push(integer ? 1 : 0);
		for (let k = 0; k < rows.length; k++) {
			this.idx.push(rows[k]);
			this.val.push(vals[k]);
		}
		this.starts.push(this.idx.length);
		return this.cost.length - 1;
	}

	build(): MipProblem {
		return {
			numCols: this.cost.length,
			numRows: this.rowLo.length,
			colCost: Float64Array.from(this.cost),
			colLower: Float64Array.from(this.lo),
			colUpper: Float64Array.from(this.hi),
			rowLower: Float64Array.from(this.rowLo),
			rowUpper: Float64Array.from(this.rowHi),
			starts: Int32Array.from(this.starts),
			indices: Int32Array.from(this.idx),
			values: Float64Array.from(this.val),
			integer: Uint8Array.from(this.int)
		};
	}
}
