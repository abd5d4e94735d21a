import { PGlite } from '@electric-sql/pglite';
let t=performance.now();
const db = new PGlite();
await db.waitReady;
console.log('ready', performance.now()-t);
t=performance.now();
await db.exec('create table t (id serial primary key, v jsonb); create index on t((v->>\'a\'))');
console.log('ddl', performance.now()-t);
t=performance.now();
for (let i=0;i<1000;i++) await db.query('insert into t(v) values($1)', [{a:i}]);
console.log('1000 inserts', performance.now()-t);
t=performance.now();
for (let i=0;i<1000;i++) await db.transaction(async tx => { await tx.query('select count(*) from t where v->>\'a\' = $1',[String(i)]); await tx.query('update t set v=$1 where id=$2',[{a:i},i]); });
console.log('1000 tx', performance.now()-t);
const t2=performance.now();
const db2 = new PGlite(); await db2.waitReady; console.log('second', performance.now()-t2);
if (db.clone) { const t3=performance.now(); const c = await db.clone(); console.log('clone', performance.now()-t3, (await c.query('select count(*) from t')).rows); }
console.log(process.memoryUsage().rss/1e6);
