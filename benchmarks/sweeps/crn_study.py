"""Mean and spread over seeds of each sweep measure, with and without common random numbers."""
import csv, statistics as st, collections, sys
import os
DIR = sys.argv[1]
def load(path):
    d={}
    for r in csv.DictReader(open(path, encoding='utf-8-sig')):
        d[(r['design'],r['output'],r['factor'],r['measure'])]=r
    return d
res=collections.defaultdict(lambda: collections.defaultdict(list))
for m in ['base','indep']:
    for s in range(1,9):
        d=load(os.path.join(DIR, f"{m}_{s}.measures.csv"))
        for key,r in d.items():
            v=float(r['value']) if r['value'] else float('nan')
            lo=float(r['low']) if r['low'] else float('nan')
            hi=float(r['high']) if r['high'] else float('nan')
            res[m][key].append((v,lo,hi))
def show(key,label):
    for m in ['base','indep']:
        vals=res[m][key]
        v=[x[0] for x in vals]; w=[x[2]-x[1] for x in vals]
        print(f"{label:40s} {m:5s} mean {st.mean(v):.4g}  sd over seeds {st.stdev(v):.3g}  mean interval width {st.mean(w):.3g}")
for out in ['leavers','headcount']:
    show(('oat',out,'turnover','swing'),f'oat swing turnover {out}')
    show(('oat',out,'growth','swing'),f'oat swing growth {out}')
    show(('morris',out,'turnover','mu_star'),f'morris mu* turnover {out}')
    show(('morris',out,'growth','mu_star'),f'morris mu* growth {out}')
    show(('sobol',out,'turnover','total_order'),f'sobol ST turnover {out}')
    show(('sobol',out,'growth','total_order'),f'sobol ST growth {out}')
    show(('sobol',out,'absence','total_order'),f'sobol ST absence(idle) {out}')
    show(('sobol',out,'turnover','first_order'),f'sobol S1 turnover {out}')
