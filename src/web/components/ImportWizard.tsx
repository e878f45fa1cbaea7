import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Col, Grid, Modal, Result, Row, Space, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, ApiError, download, withQuery } from '../api/client';
import { t } from '../i18n';
import type { ImportIssue, ImportMode, ImportReport } from '../modules/members/types';

export interface ImportWizardProps {
  open: boolean;
  onClose(): void;
  /** e.g. `/api/members/import` (multipart, mode validate | importValid | importAll) */
  importUrl: string;
  /** e.g. `/api/members/import-template.xlsx` */
  templateUrl: string;
  texts: { title: string; templateHint: string; templateFile: string; doneDetail: (n: number) => string };
  /** Called after rows were written (refresh the list). */
  onImported(): Promise<unknown> | void;
}

function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : t('msg.loadFailed');
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report inside an IMPORT_INVALID error (importAll with bad rows). */
function reportOf(e: unknown): ImportReport | null {
  if (!(e instanceof ApiError) || e.code !== 'IMPORT_INVALID') return null;
  const d = e.details as Partial<ImportReport> | undefined;
  return d && typeof d.total === 'number' && Array.isArray(d.errors) ? (d as ImportReport) : null;
}

/**
 * Excel import (批量导入): template → upload → validate (report, nothing written) → the user picks
 * "仅导入正确的行" / "全部导入" or re-uploads a fixed file → result.
 */
export function ImportWizard({ open, onClose, importUrl, templateUrl, texts, onImported }: ImportWizardProps) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);

  function reset() {
    setStep(0);
    setFile(null);
    setReport(null);
    setResult(null);
  }

  const send = useMutation({
    mutationFn: (mode: ImportMode) => {
      if (!file) throw new Error('no file');
      const form = new FormData();
      // The mode goes before the file so the server reads it while streaming.
      form.append('mode', mode);
      form.append('file', file, file.name);
      return api.upload<ImportReport>(withQuery(importUrl, { mode }), form);
    },
    onSuccess: async (r, mode) => {
      if (mode === 'validate') {
        setReport(r);
        setStep(2);
        return;
      }
      setResult(r);
      setStep(3);
      await onImported();
    },
    onError: (e) => {
      const r = reportOf(e);
      if (r) {
        setReport(r);
        setStep(2);
      }
      message.error(errorText(e));
    },
  });

  function close() {
    if (send.isPending) return;
    reset();
    onClose();
  }

  const errorRows = report ? new Set(report.errors.map((e) => e.row)).size : 0;

  const templateStep = (
    <div className="import-step">
      <Typography.Paragraph>{texts.templateHint}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => download(templateUrl, undefined, texts.templateFile).catch((e) => message.error(errorText(e)))}>
          {t('import.downloadTemplate')}
        </Button>
        <Button type="primary" onClick={() => setStep(1)}>
          {t('import.next')}
        </Button>
      </Space>
    </div>
  );

  const uploadStep = (
    <div className="import-step">
      <Upload.Dragger
        accept={`.xlsx,${XLSX_MIME}`}
        maxCount={1}
        fileList={file ? [{ uid: 'f', name: file.name, status: 'done', size: file.size }] : []}
        beforeUpload={(f) => {
          if (!f.name.toLowerCase().endsWith('.xlsx')) {
            message.error(t('import.onlyXlsx'));
            return Upload.LIST_IGNORE;
          }
          setFile(f);
          setReport(null);
          return false;
        }}
        onRemove={() => {
          setFile(null);
          return true;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.drop')}</p>
        <p className="ant-upload-hint">{t('import.dropHint')}</p>
      </Upload.Dragger>
      <Space style={{ marginTop: 16 }} wrap>
        <Button onClick={() => setStep(0)}>{t('import.prev')}</Button>
        <Button type="primary" disabled={!file} loading={send.isPending} onClick={() => send.mutate('validate')}>
          {send.isPending ? t('import.validating') : t('import.validate')}
        </Button>
      </Space>
    </div>
  );

  const reportStep = report && (
    <div className="import-step">
      {file && (
        <Typography.Paragraph type="secondary">{t('import.fileName', { name: file.name })}</Typography.Paragraph>
      )}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Statistic title={t('import.total')} value={report.total} />
        </Col>
        <Col span={8}>
          <Statistic title={t('import.valid')} value={report.valid} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col span={8}>
          <Statistic title={t('import.invalid')} value={errorRows} styles={{ content: { color: errorRows ? '#cf1322' : undefined } }} />
        </Col>
      </Row>
      {report.errors.length === 0 ? (
        <Alert type="success" showIcon title={t('import.allValid', { n: report.valid })} />
      ) : (
        <>
          <Alert
            type={report.valid ? 'warning' : 'error'}
            showIcon
            title={report.valid ? t('import.hasErrors', { n: errorRows }) : t('import.noValid')}
            style={{ marginBottom: 12 }}
          />
          <Table<ImportIssue & { key: number }>
            size="small"
            className="import-errors"
            dataSource={report.errors.map((e, i) => ({ ...e, key: i }))}
            pagination={report.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
            scroll={{ y: 320 }}
            columns={[
              { key: 'row', title: t('import.colRow'), dataIndex: 'row', width: 70 },
              { key: 'column', title: t('import.colColumn'), dataIndex: 'column', width: 110 },
              { key: 'message', title: t('import.colMessage'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
      <Space style={{ marginTop: 16 }} wrap>
        <Button
          onClick={() => {
            setFile(null);
            setReport(null);
            setStep(1);
          }}
        >
          {t('import.reupload')}
        </Button>
        {report.errors.length === 0 ? (
          <Button type="primary" disabled={!report.valid} loading={send.isPending} onClick={() => send.mutate('importAll')}>
            {t('import.importAll')}
          </Button>
        ) : (
          <Button type="primary" disabled={!report.valid} loading={send.isPending} onClick={() => send.mutate('importValid')}>
            {t('import.importValid')}
          </Button>
        )}
      </Space>
    </div>
  );

  const doneStep = result && (
    <Result
      status="success"
      icon={<CheckCircleOutlined />}
      title={t('import.done')}
      subTitle={
        <>
          {texts.doneDetail(result.imported ?? result.valid)}
          {result.errors.length > 0 && ` ${t('import.skipped', { n: new Set(result.errors.map((e) => e.row)).size })}`}
        </>
      }
      extra={
        <Button type="primary" onClick={close}>
          {t('import.close')}
        </Button>
      }
    />
  );

  return (
    <Modal open={open} title={texts.title} onCancel={close} footer={null} width={screens.md ? 760 : '100%'} destroyOnHidden maskClosable={false}>
      <Steps
        current={step}
        size="small"
        responsive={false}
        titlePlacement={screens.md ? 'horizontal' : 'vertical'}
        style={{ marginBottom: 24 }}
        items={[
          { title: t('import.stepTemplate') },
          { title: t('import.stepUpload') },
          { title: t('import.stepCheck') },
          { title: t('import.stepDone') },
        ]}
      />
      {step === 0 && templateStep}
      {step === 1 && uploadStep}
      {step === 2 && reportStep}
      {step === 3 && doneStep}
    </Modal>
  );
}
