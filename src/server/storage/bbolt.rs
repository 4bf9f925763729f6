//! A read-only reader of bbolt database files, for snapshots that come from outside. ctl writes
//! bbolt with the `bbolt-rs` crate, but cannot read with it what it most needs to read: etcd
//! opens its backend with NoFreelistSync, so etcd's snapshots have no persisted freelist, which
//! the crate refuses; and the crate trusts page numbers through its memory map, so a damaged file
//! can crash it. This reader is small, reads with positioned reads (memory stays bounded, pages
//! go through the OS cache), and checks every page number, length and key order it meets: a bad
//! file gets an error, never a crash.
//!
//! The format (bbolt's page.go, node.go): every page starts with a 16-byte header (ID, flags,
//! element count, overflow page count); meta pages 0 and 1 name the root bucket and the
//! freelist; branch pages hold (key, child page) elements; leaf pages hold (flags, key, value)
//! elements, a value flagged as a bucket being a 16-byte bucket header (root page, sequence)
//! followed, when the root is 0, by the bucket's own inline leaf page.

use std::collections::HashSet;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::Path;

const MAGIC: u32 = 0xED0C_DAED;
const VERSION: u32 = 2;
const PAGE_HEADER: usize = 16;
const BRANCH_ELEMENT: usize = 16;
const LEAF_ELEMENT: usize = 16;
const BUCKET_HEADER: usize = 16;

const BRANCH_PAGE: u16 = 0x01;
const LEAF_PAGE: u16 = 0x02;
const FREELIST_PAGE: u16 = 0x10;
const BUCKET_LEAF_FLAG: u32 = 0x01;
const NO_FREELIST: u64 = u64::MAX;
/// Deeper than any real tree: a guard against cycles in a damaged file.
const MAX_DEPTH: usize = 64;
/// Larger than any real page (with its overflow): a guard against absurd lengths.
const MAX_PAGE_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone, Copy)]
struct Meta {
    root: u64,
    freelist: u64,
    pgid: u64,
    txid: u64,
}

/// Why a file cannot be read as bbolt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Io(String),
    NotBbolt(String),
    Truncated { expected: u64, actual: u64 },
    Damaged(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => f.write_str(e),
            Error::NotBbolt(why) => write!(f, "not a bbolt database ({why})"),
            Error::Truncated { expected, actual } => write!(
                f,
                "truncated: the database says it is {expected} bytes long, the file holds {actual}"
            ),
            Error::Damaged(why) => write!(f, "the database is damaged ({why})"),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// Called with each key and value of a bucket.
pub type Visit<'a> = dyn FnMut(&[u8], &[u8]) -> Result<()> + 'a;
/// Called with each key and value of a page, and whether the value is a nested bucket.
type VisitAll<'a> = dyn FnMut(&[u8], &[u8], bool) -> Result<()> + 'a;
type OnPage<'a> = dyn FnMut(&Page) -> Result<()> + 'a;

fn damaged(why: impl Into<String>) -> Error {
    Error::Damaged(why.into())
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes(b[at..at + 2].try_into().expect("2 bytes"))
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

fn fnv64a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= b as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// A meta page's fields, if it is a valid one (the checksum covers the 56 bytes before it).
fn parse_meta(page: &[u8]) -> Option<(u32, Meta)> {
    let m = page.get(PAGE_HEADER..PAGE_HEADER + 64)?;
    if u32_at(m, 0) != MAGIC || u32_at(m, 4) != VERSION || u64_at(m, 56) != fnv64a(&m[..56]) {
        return None;
    }
    Some((
        u32_at(m, 8),
        Meta {
            root: u64_at(m, 16),
            freelist: u64_at(m, 32),
            pgid: u64_at(m, 40),
            txid: u64_at(m, 48),
        },
    ))
}

/// A page's bytes (all of its overflow pages included).
struct Page {
    id: u64,
    flags: u16,
    count: usize,
    data: Vec<u8>,
}

/// Where a bucket's tree is: a root page, or inline in its parent's value.
#[derive(Debug, Clone)]
pub enum Bucket {
    Root(u64),
    Inline(Vec<u8>),
}

pub struct Reader {
    file: File,
    page_size: u64,
    meta: Meta,
    /// The database's bytes: the file without what follows its last page.
    pub size: u64,
}

fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> std::io::Result<usize> {
    let mut read = 0;
    while read < buffer.len() {
        match file.read_at(&mut buffer[read..], offset + read as u64)? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read)
}

impl Reader {
    /// Opens `path`, whose first `len` bytes hold the database, checking both meta pages and
    /// that the file holds every page the newest valid one counts.
    pub fn open(path: &Path, len: u64) -> Result<Reader> {
        let io = |e: std::io::Error| Error::Io(format!("cannot read {}: {e}", path.display()));
        let file = File::open(path).map_err(io)?;
        let mut first = vec![0u8; 4096];
        let n = read_at(&file, &mut first, 0).map_err(io)?;
        let Some((page_size, meta0)) = parse_meta(&first[..n]) else {
            return Err(Error::NotBbolt(if n < 4096 {
                format!("{len} bytes")
            } else {
                "no bbolt meta page at its start".into()
            }));
        };
        let page_size = page_size as u64;
        if !(512..=65536).contains(&page_size) || !page_size.is_multiple_of(512) {
            return Err(Error::NotBbolt(format!("page size {page_size}")));
        }
        let mut second = vec![0u8; 4096];
        let n = read_at(&file, &mut second, page_size).map_err(io)?;
        let meta = match parse_meta(&second[..n]) {
            Some((_, meta1)) if meta1.txid > meta0.txid => meta1,
            _ => meta0,
        };
        let expected = meta.pgid.saturating_mul(page_size);
        if len < expected {
            return Err(Error::Truncated {
                expected,
                actual: len,
            });
        }
        Ok(Reader {
            file,
            page_size,
            meta,
            size: expected,
        })
    }

    fn page(&self, id: u64) -> Result<Page> {
        if id < 2 || id >= self.meta.pgid {
            return Err(damaged(format!(
                "page {id} is out of bounds (the database has {} pages)",
                self.meta.pgid
            )));
        }
        let mut header = [0u8; PAGE_HEADER];
        read_at(&self.file, &mut header, id * self.page_size)
            .map_err(|e| Error::Io(e.to_string()))?;
        let overflow = u32_at(&header, 12) as u64;
        if u64_at(&header, 0) != id {
            return Err(damaged(format!(
                "page {id} claims to be page {}",
                u64_at(&header, 0)
            )));
        }
        if id + overflow >= self.meta.pgid || (overflow + 1) * self.page_size > MAX_PAGE_BYTES {
            return Err(damaged(format!("page {id} overflows the database")));
        }
        let mut data = vec![0u8; ((overflow + 1) * self.page_size) as usize];
        read_at(&self.file, &mut data, id * self.page_size)
            .map_err(|e| Error::Io(e.to_string()))?;
        Ok(Page {
            id,
            flags: u16_at(&header, 8),
            count: u16_at(&header, 10) as usize,
            data,
        })
    }

    /// The top-level buckets, in key order.
    pub fn buckets(&self) -> Result<Vec<(Vec<u8>, Bucket)>> {
        let mut found = Vec::new();
        self.walk(
            &Bucket::Root(self.meta.root),
            0,
            &mut |_| Ok(()),
            &mut |key, value, is_bucket| {
                if is_bucket {
                    found.push((key.to_vec(), bucket_of(value)?));
                }
                Ok(())
            },
        )?;
        Ok(found)
    }

    /// Calls `visit` with every key and value of `bucket`, in order (nested buckets skipped).
    pub fn for_each(&self, bucket: &Bucket, visit: &mut Visit<'_>) -> Result<()> {
        self.walk(bucket, 0, &mut |_| Ok(()), &mut |key, value, is_bucket| {
            if is_bucket {
                Ok(())
            } else {
                visit(key, value)
            }
        })
    }

    /// In-order traversal; `on_page` sees every page reached.
    fn walk(
        &self,
        bucket: &Bucket,
        depth: usize,
        on_page: &mut OnPage<'_>,
        visit: &mut VisitAll<'_>,
    ) -> Result<()> {
        match bucket {
            Bucket::Root(id) => self.walk_page(*id, depth, on_page, visit),
            Bucket::Inline(bytes) => {
                let page = Page {
                    id: 0,
                    flags: u16_at(bytes, 8),
                    count: u16_at(bytes, 10) as usize,
                    data: bytes.clone(),
                };
                if page.flags & LEAF_PAGE == 0 {
                    return Err(damaged("an inline bucket is not a leaf page"));
                }
                leaf_elements(&page, visit)
            }
        }
    }

    fn walk_page(
        &self,
        id: u64,
        depth: usize,
        on_page: &mut OnPage<'_>,
        visit: &mut VisitAll<'_>,
    ) -> Result<()> {
        if depth > MAX_DEPTH {
            return Err(damaged(format!("the tree under page {id} is too deep")));
        }
        let page = self.page(id)?;
        on_page(&page)?;
        if page.flags & BRANCH_PAGE != 0 {
            for (_, child) in branch_elements(&page)? {
                self.walk_page(child, depth + 1, on_page, visit)?;
            }
            Ok(())
        } else if page.flags & LEAF_PAGE != 0 {
            leaf_elements(&page, visit)
        } else {
            Err(damaged(format!(
                "page {id} has type {:#x}, not branch or leaf",
                page.flags
            )))
        }
    }

    /// bbolt's consistency check (tx.Check), as etcdutl runs before reading: page bounds, pages
    /// referenced once, keys in order, and (when the freelist is persisted) every page either
    /// reachable or free.
    pub fn check(&self) -> Vec<String> {
        let mut errors = Vec::new();
        let mut reachable: HashSet<u64> = [0, 1].into_iter().collect();
        let mut free = HashSet::new();
        let has_freelist = self.meta.freelist != NO_FREELIST;
        if has_freelist {
            match self.freelist() {
                Ok((pages, ids)) => {
                    reachable.extend(pages);
                    for id in ids {
                        if !free.insert(id) {
                            errors.push(format!("page {id}: already freed"));
                        }
                    }
                }
                Err(e) => errors.push(e.to_string()),
            }
        }
        let mut check_tree = |bucket: &Bucket, errors: &mut Vec<String>| {
            let mut previous: Option<Vec<u8>> = None;
            let result = self.walk(
                bucket,
                0,
                &mut |page| {
                    let overflow = (page.data.len() as u64 / self.page_size).saturating_sub(1);
                    for id in page.id..=page.id + overflow {
                        if page.id != 0 && !reachable.insert(id) {
                            return Err(damaged(format!("page {id}: multiple references")));
                        }
                    }
                    Ok(())
                },
                &mut |key, _, _| {
                    if previous.as_deref().is_some_and(|p| p >= key) {
                        return Err(damaged(format!("keys out of order at {key:02x?}")));
                    }
                    previous = Some(key.to_vec());
                    Ok(())
                },
            );
            if let Err(e) = result {
                errors.push(e.to_string());
            }
        };
        check_tree(&Bucket::Root(self.meta.root), &mut errors);
        match self.buckets() {
            Ok(buckets) => {
                for (_, bucket) in buckets {
                    check_tree(&bucket, &mut errors);
                }
            }
            Err(e) => errors.push(e.to_string()),
        }
        if has_freelist && errors.is_empty() {
            for id in 0..self.meta.pgid {
                if !reachable.contains(&id) && !free.contains(&id) {
                    errors.push(format!("page {id}: unreachable unfreed"));
                }
            }
        }
        errors
    }

    /// The freelist's own pages and the page IDs it lists.
    fn freelist(&self) -> Result<(Vec<u64>, Vec<u64>)> {
        let page = self.page(self.meta.freelist)?;
        if page.flags & FREELIST_PAGE == 0 {
            return Err(damaged(format!("page {} is not the freelist", page.id)));
        }
        // A count of 0xFFFF means the real count is the first element.
        let (count, start) = if page.count == 0xFFFF {
            let count = page
                .data
                .get(PAGE_HEADER..PAGE_HEADER + 8)
                .map(|b| u64_at(b, 0) as usize)
                .ok_or_else(|| damaged("freelist count"))?;
            (count, PAGE_HEADER + 8)
        } else {
            (page.count, PAGE_HEADER)
        };
        let end = start + count * 8;
        let bytes = page
            .data
            .get(start..end)
            .ok_or_else(|| damaged("the freelist runs past its page"))?;
        let ids = bytes.chunks_exact(8).map(|c| u64_at(c, 0)).collect();
        let overflow = page.data.len() as u64 / self.page_size - 1;
        Ok(((page.id..=page.id + overflow).collect(), ids))
    }
}

fn bucket_of(value: &[u8]) -> Result<Bucket> {
    if value.len() < BUCKET_HEADER {
        return Err(damaged("a bucket header is short"));
    }
    let root = u64_at(value, 0);
    if root != 0 {
        return Ok(Bucket::Root(root));
    }
    let page = &value[BUCKET_HEADER..];
    if page.len() < PAGE_HEADER {
        return Err(damaged("an inline bucket is short"));
    }
    Ok(Bucket::Inline(page.to_vec()))
}

fn branch_elements(page: &Page) -> Result<Vec<(Vec<u8>, u64)>> {
    let mut elements = Vec::with_capacity(page.count);
    for i in 0..page.count {
        let at = PAGE_HEADER + i * BRANCH_ELEMENT;
        let element = page
            .data
            .get(at..at + BRANCH_ELEMENT)
            .ok_or_else(|| damaged(format!("page {}: element {i} out of the page", page.id)))?;
        let pos = u32_at(element, 0) as usize;
        let size = u32_at(element, 4) as usize;
        let key = page
            .data
            .get(at + pos..at + pos + size)
            .ok_or_else(|| damaged(format!("page {}: key {i} out of the page", page.id)))?;
        elements.push((key.to_vec(), u64_at(element, 8)));
    }
    Ok(elements)
}

fn leaf_elements(page: &Page, visit: &mut VisitAll<'_>) -> Result<()> {
    for i in 0..page.count {
        let at = PAGE_HEADER + i * LEAF_ELEMENT;
        let element = page
            .data
            .get(at..at + LEAF_ELEMENT)
            .ok_or_else(|| damaged(format!("page {}: element {i} out of the page", page.id)))?;
        let flags = u32_at(element, 0);
        let pos = u32_at(element, 4) as usize;
        let key_size = u32_at(element, 8) as usize;
        let value_size = u32_at(element, 12) as usize;
        let key_at = at + pos;
        let key = page
            .data
            .get(key_at..key_at + key_size)
            .ok_or_else(|| damaged(format!("page {}: key {i} out of the page", page.id)))?;
        let value = page
            .data
            .get(key_at + key_size..key_at + key_size + value_size)
            .ok_or_else(|| damaged(format!("page {}: value {i} out of the page", page.id)))?;
        visit(key, value, flags & BUCKET_LEAF_FLAG != 0)?;
    }
    Ok(())
}
